import { t } from '../../components/i18n';
import { releaseAllSitesAccess, requestAllSitesAccess } from '../../utils/all-sites-access';
import type { Settings, SiteMode } from '../../utils/settings';
import type { ChangeSettings } from './App';
import { RadioGroup } from './RadioGroup';
import { SiteList } from './SiteList';
import { toggleInList } from './toggle-in-list';

/** Where Treaty Lens runs: the mode, the allow and deny lists, and sites paused from the popup. */
export function SiteSettings({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  return (
    <section class="tl-options-section" aria-labelledby="tl-sites-heading">
      <h2 id="tl-sites-heading">{t('sitesHeading')}</h2>
      <RadioGroup<SiteMode>
        name="siteMode"
        legend="siteModeLegend"
        value={settings.siteMode}
        choices={[
          { value: 'news', label: 'siteModeNews', hint: 'siteModeNewsHint' },
          { value: 'all', label: 'siteModeAll' },
          { value: 'list', label: 'siteModeList' },
        ]}
        onChoose={(siteMode) => chooseSiteMode({ siteMode, previous: settings.siteMode, change })}
      />
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

/**
 * "All sites" needs the optional host permission: it is asked for right in the click (browsers
 * refuse requests outside a user action) and the choice goes back if the reader refuses.
 * Leaving "All sites" gives the permission back; the background follows both changes by
 * registering or removing the content script (entrypoints/background/script-registration.ts).
 */
function chooseSiteMode({
  siteMode,
  previous,
  change,
}: {
  siteMode: SiteMode;
  previous: SiteMode;
  change: ChangeSettings;
}): void {
  if (siteMode !== 'all') {
    change(() => ({ siteMode }));
    if (previous === 'all') void releaseAllSitesAccess();
    return;
  }
  const granted = requestAllSitesAccess();
  change(() => ({ siteMode }));
  void granted.then((yes) => {
    if (!yes) change(() => ({ siteMode: previous }));
  });
}
