import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { EntryCard } from '../../components/EntryCard';
import { t } from '../../components/i18n';
import type { Entry, KnowledgeBase } from '../../knowledge/types';

/** One entry in full inside the popup, with Back (or Esc) to return to the list. */
export function EntryView({
  entry,
  knowledgeBase,
  onBack,
  onOpenEntry,
  onReadDocument,
  onOpenInSidePanel,
}: {
  entry: Entry;
  knowledgeBase: KnowledgeBase;
  onBack: () => void;
  onOpenEntry: (entryId: string) => void;
  onReadDocument: (target: { documentId: string; articleId: string }) => void;
  onOpenInSidePanel: () => void;
}) {
  const backButton = useRef<HTMLButtonElement>(null);
  // Focus moves into the new view so keyboard and screen-reader users land on it.
  useEffect(() => backButton.current?.focus(), [entry.id]);
  // Esc anywhere in the view goes back, as Back does. A layout effect: the listener is there as
  // soon as the view is (a plain effect waits for a frame, and `onBack` is new on every render,
  // so each re-render of the popup left a moment when Esc did nothing).
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onBack]);
  return (
    <div class="tl-entry-view">
      <div class="tl-toolbar">
        <button
          ref={backButton}
          type="button"
          class="tl-button"
          data-testid="entry-back"
          onClick={onBack}
        >
          {t('back')}
        </button>
        <button
          type="button"
          class="tl-button"
          data-testid="open-side-panel"
          onClick={onOpenInSidePanel}
        >
          {t('openInSidePanel')}
        </button>
      </div>
      <EntryCard
        entry={entry}
        knowledgeBase={knowledgeBase}
        variant="full"
        onOpenEntry={onOpenEntry}
        onReadDocument={onReadDocument}
      />
    </div>
  );
}
