import { t } from '../../components/i18n';
import type { KnowledgeBase } from '../../knowledge/types';
import { FoundConcepts } from './FoundConcepts';
import { PageStatus } from './PageStatus';
import type { PageState } from './page-state';

/**
 * The popup's "On this page" section: the concepts found on the tab, or the reason there are
 * none, and the "Pause on this site" switch.
 */
export function OnThisPage({
  state,
  knowledgeBase,
  onReveal,
  onOpenEntry,
  onSetPaused,
  onOpenOptions,
  onScan,
}: {
  state: PageState;
  knowledgeBase: KnowledgeBase;
  onReveal: (entryId: string) => void;
  onOpenEntry: (entryId: string) => void;
  onSetPaused: (input: { host: string; paused: boolean }) => void;
  onOpenOptions: () => void;
  /** "Scan this page" on a page the content script does not run on. */
  onScan?: () => void;
}) {
  const host = 'host' in state ? state.host : undefined;
  const canPause =
    host !== undefined &&
    (state.kind === 'found' || state.kind === 'nothing-found' || state.kind === 'scanning');
  const concepts = state.kind === 'found' || state.kind === 'scanning' ? state.concepts : [];
  return (
    <section class="tl-panel" aria-labelledby="tl-on-this-page">
      <div class="tl-panel-header">
        <h2 id="tl-on-this-page" class="tl-panel-title">
          {t('onThisPage')}
        </h2>
        {canPause && (
          <button
            type="button"
            class="tl-button tl-button--small"
            data-testid="pause-site"
            onClick={() => onSetPaused({ host, paused: true })}
          >
            {t('pauseOnSite')}
          </button>
        )}
      </div>
      {state.kind !== 'found' && (
        <PageStatus
          state={state}
          onResume={() => host && onSetPaused({ host, paused: false })}
          onOpenOptions={onOpenOptions}
          onScan={onScan}
        />
      )}
      {concepts.length > 0 && (
        <FoundConcepts
          concepts={concepts}
          topics={knowledgeBase.topics}
          entries={knowledgeBase.entries}
          onReveal={onReveal}
          onOpenEntry={onOpenEntry}
        />
      )}
    </section>
  );
}
