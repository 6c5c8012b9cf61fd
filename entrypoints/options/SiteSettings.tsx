import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { releaseAllSitesAccess, requestAllSitesAccess } from '../../utils/all-sites-access';
import type { Settings, SiteMode } from '../../utils/settings';
import type { ChangeSettings } from './App';
import { RadioGroup } from './RadioGroup';
import { SiteList } from './SiteList';
import { toggleInList } from './toggle-in-list';

/** Where Treaty Lens runs: the mode, the allow and deny lists, and sites paused from the popup. */
export function SiteSettings({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  const [accessRefused, setAccessRefused] = useState(false);
  const chooseMode = (siteMode: SiteMode) => {
    setAccessRefused(false);
    if (siteMode === 'all') {
      // The browser asks only during the click itself, so the request comes before any await;
      // the mode changes only once access is granted (the background then registers the script).
      void requestAllSitesAccess().then((granted) => {
        if (granted) change(() => ({ siteMode: 'all' }));
        else setAccessRefused(true);
      });
      return;
    }
    change(() => ({ siteMode }));
    // Access no setting uses any more is given back.
    if (settings.siteMode === 'all') void releaseAllSitesAccess();
  };
  return (
    <section class="tl-options-section" aria-labelledby="tl-sites-heading">
      <h2 id="tl-sites-heading">{t('sitesHeading')}</h2>
      <RadioGroup<SiteMode>
        name="siteMode"
        legend="siteModeLegend"
        value={settings.siteMode}
        choices={[
          { value: 'news', label: 'siteModeNews', hint: 'siteModeNewsHint' },
          { value: 'all', label: 'siteModeAll', hint: 'siteModeAllHint' },
          { value: 'list', label: 'siteModeList' },
        ]}
        onChoose={chooseMode}
      />
      {accessRefused && (
        <p class="tl-error" role="alert" data-testid="all-sites-refused">
          {t('allSitesRefused')}
        </p>
      )}
      <SiteList
        id="allow-sites"
        heading="allowSitesHeading"
        hint="allowSitesHint"
        sites={settings.allowSites}
        onAdd={(host) =>
          change((current) => ({
            allowSites: toggleInList({ list: current.allowSites, item: host, present: true }),
          }))
        }
        onRemove={(host) =>
          change((current) => ({
            allowSites: toggleInList({ list: current.allowSites, item: host, present: false }),
          }))
        }
      />
      <SiteList
        id="deny-sites"
        heading="denySitesHeading"
        hint="denySitesHint"
        sites={settings.denySites}
        onAdd={(host) =>
          change((current) => ({
            denySites: toggleInList({ list: current.denySites, item: host, present: true }),
          }))
        }
        onRemove={(host) =>
          change((current) => ({
            denySites: toggleInList({ list: current.denySites, item: host, present: false }),
          }))
        }
      />
      <SiteList
        id="paused-sites"
        heading="pausedSitesHeading"
        hint="pausedSitesHint"
        sites={settings.pausedSites}
        removeLabel="resume"
        onRemove={(host) =>
          change((current) => ({
            pausedSites: toggleInList({ list: current.pausedSites, item: host, present: false }),
          }))
        }
      />
    </section>
  );
}
