import type { Entry, KnowledgeBase } from '../knowledge/types';
import { CheckedDate } from './CheckedDate';
import './entry-card.css';
import { GlanceCard, type SidePanelRequest } from './GlanceCard';
import { t } from './i18n';
import { OpEdPosition } from './OpEdPosition';
import { PartyViews } from './PartyViews';
import { RelatedEntries } from './RelatedEntries';
import { TreatyQuote } from './TreatyQuote';

export type CardVariant = 'compact' | 'full';

export interface EntryCardProps {
  entry: Entry;
  /**
   * Where documents, the op-ed record, topics and related entries come from. Passed in, never
   * imported here: the hover card on news pages gets only the entry's part from the background,
   * and importing the whole bundled knowledge base would put it into the content script.
   */
  knowledgeBase: KnowledgeBase;
  /** `compact` for the hover card on a page, `full` for the popup and side panel. */
  variant: CardVariant;
  /** Called with an entry id when the reader follows a related entry. */
  onOpenEntry?: (entryId: string) => void;
  /** Called when the reader asks for a whole treaty document (the side panel). */
  onReadDocument?: (target: { documentId: string; articleId: string }) => void;
  /** The hover card's "Open in side panel" (compact variant only). */
  onOpenSidePanel?: (request: SidePanelRequest) => void;
}

/**
 * One knowledge-base entry as a card: what the term means, the op-ed's position on it (labelled
 * as the op-ed's), other parties' views, the treaty text it rests on, and related entries.
 * The full variant is the popup's and the side panel's; the compact one, the hover card on news
 * pages (inside a shadow root), is GlanceCard.
 * Styles are in px because the card lives on pages with any root font size.
 */
export function EntryCard({
  entry,
  knowledgeBase,
  variant,
  onOpenEntry,
  onReadDocument,
  onOpenSidePanel,
}: EntryCardProps) {
  if (variant === 'compact') {
    return (
      <GlanceCard
        entry={entry}
        knowledgeBase={knowledgeBase}
        onOpenEntry={onOpenEntry}
        onOpenSidePanel={onOpenSidePanel}
      />
    );
  }
  const topic = knowledgeBase.topics.find((candidate) => candidate.id === entry.topic);
  const related = (entry.related ?? [])
    .map((id) => knowledgeBase.entries.find((candidate) => candidate.id === id))
    .filter((candidate): candidate is Entry => candidate !== undefined);
  const treatyReferences = entry.treaty ?? [];
  const headingId = `tl-entry-${entry.id}-title`;
  return (
    <article
      class={`tl-card tl-card--${variant}`}
      data-testid="entry-card"
      data-entry-id={entry.id}
      aria-labelledby={headingId}
      style={topic ? { '--tl-topic-color': topic.color } : undefined}
    >
      <header class="tl-card-header">
        {topic && <p class="tl-topic">{topic.title}</p>}
        <h2 class="tl-title" id={headingId}>
          {entry.title}
        </h2>
        {variant === 'full' && <CheckedDate checked={entry.checked} />}
      </header>
      <section class="tl-section" aria-label={t('meaningHeading')}>
        <p class="tl-summary" data-testid="entry-summary">
          {entry.summary}
        </p>
      </section>
      <OpEdPosition position={entry.opEd} opEd={knowledgeBase.opEd} variant={variant} />
      <PartyViews views={entry.views ?? []} variant={variant} />
      {treatyReferences.map((reference) => (
        <TreatyQuote
          key={`${reference.document}:${reference.article}`}
          reference={reference}
          documents={knowledgeBase.documents}
          variant={variant}
          onReadDocument={onReadDocument}
        />
      ))}
      <RelatedEntries related={related} onOpenEntry={onOpenEntry} />
    </article>
  );
}
