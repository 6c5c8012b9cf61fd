import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { LookupBox } from '../../components/LookupBox';
import { SettingsNotice } from '../../components/SettingsNotice';
import { ShortcutList } from '../../components/Shortcuts';
import { openSidePanel } from '../../components/side-panel';
import { useSettings } from '../../components/use-settings';
import { knowledgeBase as bundledKnowledgeBase } from '../../knowledge/index';
import type { KnowledgeBase } from '../../knowledge/types';
import { scanThisPage } from '../../utils/scan-this-page';
import { updateSettings } from '../../utils/settings';
import { withSitePaused } from '../../utils/site-rules';
import { EntryView } from './EntryView';
import { OnThisPage } from './OnThisPage';
import { pageState } from './page-state';
import { sendToTab, type TargetTab } from './tab-connection';
import { usePageSummary } from './use-page-summary';
import { useTargetTab } from './use-target-tab';

/**
 * The toolbar popup: what was found on the current tab, a lookup over the whole knowledge base,
 * and any entry in full.
 */
export function App({
  knowledgeBase = bundledKnowledgeBase,
  initialTab,
}: {
  knowledgeBase?: KnowledgeBase;
  /** For tests: the tab to report on, instead of looking it up. */
  initialTab?: TargetTab;
}) {
  const { tab, done: tabSearched } = useTargetTab({ initialTab });
  const loaded = useSettings();
  const { summary, unreachable } = usePageSummary({
    tabId: tab?.id,
    // Ask the page again after a pause or resume: its answer changes.
    refreshKey: loaded?.settings.pausedSites.join(' '),
  });
  const [openEntryId, setOpenEntryId] = useState<string>();
  const entry = knowledgeBase.entries.find((candidate) => candidate.id === openEntryId);

  const state = loaded
    ? pageState({
        tabUrl: tab?.url,
        settings: loaded.settings,
        summary,
        unreachable: unreachable || (tabSearched && !tab),
      })
    : { kind: 'loading' as const };

  if (entry) {
    return (
      <main class="tl-popup">
        <h1 class="tl-visually-hidden">{t('extensionName')}</h1>
        <EntryView
          entry={entry}
          knowledgeBase={knowledgeBase}
          onBack={() => setOpenEntryId(undefined)}
          onOpenEntry={setOpenEntryId}
          onReadDocument={(target) =>
            openSidePanel({ target: { entryId: entry.id, ...target }, windowId: tab?.windowId })
          }
          onOpenInSidePanel={() =>
            openSidePanel({ target: { entryId: entry.id }, windowId: tab?.windowId })
          }
        />
      </main>
    );
  }
  return (
    <main class="tl-popup">
      <h1 class="tl-visually-hidden">{t('extensionName')}</h1>
      {loaded && <SettingsNotice repaired={loaded.repaired} />}
      {/*
        The lookup comes first: the shortcut that opens the popup is "look something up", so
        its box has focus at once and is the first Tab stop, above a long list of concepts.
      */}
      <section class="tl-panel" aria-labelledby="tl-lookup-heading">
        <h2 id="tl-lookup-heading" class="tl-panel-title">
          {t('lookupHeading')}
        </h2>
        <LookupBox entries={knowledgeBase.entries} onOpenEntry={setOpenEntryId} autoFocus />
      </section>
      <OnThisPage
        state={state}
        knowledgeBase={knowledgeBase}
        onReveal={(entryId) => {
          if (tab)
            void sendToTab({ tabId: tab.id, message: { type: 'reveal-concept', entryId } }).catch(
              () => {},
            );
        }}
        onOpenEntry={setOpenEntryId}
        onSetPaused={({ host, paused }) =>
          void updateSettings({ change: (settings) => withSitePaused({ settings, host, paused }) })
        }
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onScan={tab ? () => void scanThisPage({ tabId: tab.id }) : undefined}
      />
      <ShortcutList />
      <footer class="tl-footer">
        <button
          type="button"
          class="tl-link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}
