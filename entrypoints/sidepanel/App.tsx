import { EntryCard } from '../../components/EntryCard';
import { t } from '../../components/i18n';
import { LookupBox } from '../../components/LookupBox';
import { knowledgeBase as bundledKnowledgeBase } from '../../knowledge/index';
import type { KnowledgeBase } from '../../knowledge/types';
import { TreatyDocumentView } from './TreatyDocumentView';
import { useSidePanelTarget } from './use-side-panel-target';

/**
 * The side panel (Chrome side_panel, Firefox sidebar_action): an entry in full beside the
 * article being read, and long treaty documents with the quoted article in view.
 */
export function App({ knowledgeBase = bundledKnowledgeBase }: { knowledgeBase?: KnowledgeBase }) {
  const [target, choose] = useSidePanelTarget();
  const entry = knowledgeBase.entries.find((candidate) => candidate.id === target?.entryId);
  const treaty = knowledgeBase.documents.find((candidate) => candidate.id === target?.documentId);
  const excerpt = entry?.treaty?.find(
    (reference) => reference.document === treaty?.id && reference.article === target?.articleId,
  )?.excerpt;
  return (
    <main class="tl-sidepanel">
      <h1 class="tl-visually-hidden">{t('sidePanelTitle')}</h1>
      <LookupBox
        entries={knowledgeBase.entries}
        onOpenEntry={(entryId) => choose({ entryId })}
        query={entry || treaty ? undefined : target?.query}
      />
      {treaty ? (
        <>
          {entry && (
            <p>
              <a
                href={`#entry/${entry.id}`}
                data-testid="back-to-entry"
                onClick={(event) => {
                  event.preventDefault();
                  choose({ entryId: entry.id });
                }}
              >
                {t('backToEntry')}: {entry.title}
              </a>
            </p>
          )}
          <TreatyDocumentView document={treaty} articleId={target?.articleId} excerpt={excerpt} />
        </>
      ) : entry ? (
        <EntryCard
          entry={entry}
          knowledgeBase={knowledgeBase}
          variant="full"
          onOpenEntry={(entryId) => choose({ entryId })}
          onReadDocument={(reading) => choose({ entryId: entry.id, ...reading })}
        />
      ) : (
        <p class="tl-empty" data-testid="side-panel-empty">
          {t('sidePanelEmpty')}
        </p>
      )}
    </main>
  );
}
