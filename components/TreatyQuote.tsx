import type { TreatyDocument, TreatyRef } from '../knowledge/types';
import { articleLabel, articleTitle, findArticle } from './article-label';
import { t } from './i18n';
import { MarkedText } from './MarkedText';
import { SourceLine } from './SourceLine';
import { TreatyLanguageNote } from './TreatyLanguageNote';

/**
 * The exact treaty text an entry relies on, under its article heading, with the source and the
 * date the project checked it. The compact variant quotes the entry's excerpt (or the article),
 * the full one quotes the whole article with the excerpt marked.
 */
export function TreatyQuote({
  reference,
  documents,
  variant,
  onReadDocument,
}: {
  reference: TreatyRef;
  documents: TreatyDocument[];
  variant: 'compact' | 'full';
  /** Opens the whole document (the side panel); the link is left out without it. */
  onReadDocument?: (target: { documentId: string; articleId: string }) => void;
}) {
  const { document, article } = findArticle({
    documents,
    documentId: reference.document,
    articleId: reference.article,
  });
  const label = articleLabel({ articleId: reference.article });
  if (!document || !article) {
    // A dangling reference is a data bug the knowledge tests catch; the card still says what it cites.
    return (
      <figure class="tl-treaty" data-testid="treaty-text">
        <p class="tl-meta">{t('treatyTextMissing', [reference.document, label])}</p>
      </figure>
    );
  }
  const quoted = variant === 'compact' && reference.excerpt ? reference.excerpt : article.text;
  return (
    <figure class="tl-treaty" data-testid="treaty-text" data-document-id={document.id}>
      <figcaption class="tl-treaty-heading">
        <span class="tl-treaty-document">{document.shortTitle}</span>
        {`, ${articleTitle({ articleId: article.id, heading: article.heading })}`}
      </figcaption>
      {/* The compact quote scrolls when long, so it takes focus for keyboard readers. */}
      <blockquote
        class={`tl-quote tl-quote--${variant}`}
        lang="en"
        tabIndex={variant === 'compact' ? 0 : undefined}
      >
        <MarkedText text={quoted} marked={variant === 'full' ? reference.excerpt : undefined} />
      </blockquote>
      <TreatyLanguageNote document={document} />
      <p class="tl-meta">
        {t('sourceLabel')} <SourceLine source={document.source} linked={variant === 'full'} />
        {document.source.checked && `, ${t('checkedOn', [document.source.checked])}`}
      </p>
      {onReadDocument && (
        <p class="tl-meta">
          <a
            href={`#document/${document.id}/${article.id}`}
            onClick={(event) => {
              event.preventDefault();
              onReadDocument({ documentId: document.id, articleId: article.id });
            }}
          >
            {t('readWholeDocument', [document.shortTitle])}
          </a>
        </p>
      )}
    </figure>
  );
}
