import { useId, useState } from 'preact/hooks';
import type {
  Entry,
  KnowledgeBase,
  OpEdRecord,
  OpEdPosition as Position,
} from '../knowledge/types';
import { articleTitle, findArticle } from './article-label';
import { CheckedDate } from './CheckedDate';
import { t } from './i18n';
import { MarkedText } from './MarkedText';
import { PartyViews } from './PartyViews';
import { RelatedEntries } from './RelatedEntries';
import { StanceBadge } from './StanceBadge';
import { leadSentences, sentenceAround } from './sentences';
import { TreatyLanguageNote } from './TreatyLanguageNote';
import { TreatyQuote } from './TreatyQuote';

/** Where the side panel should open: the entry, and the treaty article its card quotes. */
export interface SidePanelRequest {
  entryId: string;
  documentId?: string;
  articleId?: string;
}

/** Related entries named on the card's face; the rest are in its expanded part. */
const relatedOnFace = 3;

/** The op-ed's stance in one line, labelled as the op-ed's, with where in it the stance is. */
function OpEdLine({ position, opEd }: { position: Position; opEd: OpEdRecord }) {
  const where =
    position.paragraph === undefined
      ? t('opEdWholeText')
      : t('opEdParagraph', [String(position.paragraph)]);
  return (
    <p class="tl-oped-line" data-testid="op-ed-position">
      <StanceBadge stance={position.stance} />{' '}
      <span class="tl-meta" title={opEd.title}>
        {t('cardOpEdWhere', [opEd.outlet.replace(/\s*\(.*\)$/, ''), where])}
      </span>
    </p>
  );
}

/** The one sentence of the first cited article that the entry quotes, verbatim, excerpt marked. */
function KeySentence({ entry, knowledgeBase }: { entry: Entry; knowledgeBase: KnowledgeBase }) {
  const reference = entry.treaty?.[0];
  if (!reference) return null;
  const { document, article } = findArticle({
    documents: knowledgeBase.documents,
    documentId: reference.document,
    articleId: reference.article,
  });
  if (!document || !article) return null;
  const sentence = sentenceAround({ text: article.text, excerpt: reference.excerpt });
  return (
    <figure class="tl-treaty" data-testid="treaty-text" data-document-id={document.id}>
      <figcaption class="tl-treaty-heading">
        <span class="tl-treaty-document">{document.shortTitle}</span>
        {`, ${articleTitle({ articleId: article.id, heading: article.heading })}`}
      </figcaption>
      <blockquote class="tl-quote tl-quote--compact" lang="en" data-testid="key-sentence">
        <MarkedText text={sentence} marked={reference.excerpt} />
      </blockquote>
      <TreatyLanguageNote document={document} />
    </figure>
  );
}

/**
 * The hover card's entry, made to be read at a glance (as Wikipedia's page previews and
 * dictionary pop-ups are): the title, a two-sentence meaning, the op-ed's stance in one line
 * labelled as the op-ed's, and the key sentence of the treaty verbatim. Everything else (the
 * rest of the meaning, what the op-ed argues, other views, whole articles, related entries) is
 * one action away: "More" expands the card, "Open in side panel" shows the full entry with the
 * whole treaty, and related entries open in the card ("Look up").
 */
export function GlanceCard({
  entry,
  knowledgeBase,
  onOpenEntry,
  onOpenSidePanel,
}: {
  entry: Entry;
  knowledgeBase: KnowledgeBase;
  onOpenEntry?: (entryId: string) => void;
  onOpenSidePanel?: (request: SidePanelRequest) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const detailsId = `tl-card-details-${useId()}`;
  const topic = knowledgeBase.topics.find((candidate) => candidate.id === entry.topic);
  const related = (entry.related ?? [])
    .map((id) => knowledgeBase.entries.find((candidate) => candidate.id === id))
    .filter((candidate): candidate is Entry => candidate !== undefined);
  const { lead, rest } = leadSentences({ text: entry.summary, count: 2 });
  const quoted = entry.treaty?.[0];
  const headingId = `tl-entry-${entry.id}-title`;
  return (
    <article
      class="tl-card tl-card--compact"
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
      </header>
      <p class="tl-summary" data-testid="entry-summary">
        {lead}
      </p>
      <OpEdLine position={entry.opEd} opEd={knowledgeBase.opEd} />
      <KeySentence entry={entry} knowledgeBase={knowledgeBase} />
      <div class="tl-card-actions">
        <button
          type="button"
          class="tl-card-action"
          aria-expanded={expanded}
          aria-controls={detailsId}
          data-testid="card-more"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('cardLess') : t('cardMore')}
        </button>
        {onOpenSidePanel && (
          <button
            type="button"
            class="tl-card-action"
            data-testid="card-open-side-panel"
            onClick={() =>
              onOpenSidePanel({
                entryId: entry.id,
                documentId: quoted?.document,
                articleId: quoted?.article,
              })
            }
          >
            {t('cardOpenInSidePanel')}
          </button>
        )}
        <CheckedDate checked={entry.checked} />
      </div>
      {related.length > 0 && onOpenEntry && (
        <nav class="tl-card-lookup" aria-label={t('relatedHeading')} data-testid="card-look-up">
          <span class="tl-meta">{t('cardLookUpRelated')}</span>{' '}
          <ul class="tl-inline-list">
            {related.slice(0, relatedOnFace).map((candidate) => (
              <li key={candidate.id}>
                <a
                  href={`#entry/${candidate.id}`}
                  data-entry-id={candidate.id}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenEntry(candidate.id);
                  }}
                >
                  {candidate.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div id={detailsId} class="tl-card-details" hidden={!expanded} data-testid="card-details">
        {expanded && (
          <>
            {rest && <p class="tl-summary-rest">{rest}</p>}
            <section class="tl-section" aria-label={t('cardOpEdArgues')}>
              <h3 class="tl-section-title">{t('cardOpEdArgues')}</h3>
              <p class="tl-oped-summary">{entry.opEd.summary}</p>
              <p class="tl-meta">
                <cite>{knowledgeBase.opEd.title}</cite> ({knowledgeBase.opEd.outlet})
              </p>
            </section>
            <PartyViews views={entry.views ?? []} variant="full" />
            {(entry.treaty ?? []).map((reference) => (
              <TreatyQuote
                key={`${reference.document}:${reference.article}`}
                reference={reference}
                documents={knowledgeBase.documents}
                variant="full"
                onReadDocument={
                  onOpenSidePanel && ((target) => onOpenSidePanel({ entryId: entry.id, ...target }))
                }
              />
            ))}
            <RelatedEntries related={related} onOpenEntry={onOpenEntry} />
          </>
        )}
      </div>
    </article>
  );
}
