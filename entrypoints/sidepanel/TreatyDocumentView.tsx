import { useEffect, useRef } from 'preact/hooks';
import { articleTitle } from '../../components/article-label';
import { t } from '../../components/i18n';
import { MarkedText } from '../../components/MarkedText';
import { SourceLine } from '../../components/SourceLine';
import { TreatyLanguageNote } from '../../components/TreatyLanguageNote';
import type { TreatyDocument } from '../../knowledge/types';

/**
 * A whole treaty document for reading, with the article the entry quotes scrolled into view
 * and marked (and its excerpt highlighted), so the quote is read in its context.
 */
export function TreatyDocumentView({
  document: treaty,
  articleId,
  excerpt,
}: {
  document: TreatyDocument;
  articleId?: string;
  excerpt?: string;
}) {
  const quoted = useRef<HTMLElement>(null);
  useEffect(() => {
    // "start" keeps the article's heading in view; focus lets keyboard reading continue from it.
    quoted.current?.scrollIntoView({ block: 'start' });
    quoted.current?.focus({ preventScroll: true });
  }, [treaty.id, articleId]);
  return (
    <article
      class="tl-document"
      data-testid="treaty-document"
      data-document-id={treaty.id}
      aria-labelledby="tl-document-title"
    >
      <header>
        {/* The document's title and notes are in English, like its text. */}
        <h2 id="tl-document-title" lang="en">
          {treaty.title}
        </h2>
        <p class="tl-document-meta">
          {t('documentSigned', [treaty.date])}. {t('sourceLabel')}{' '}
          <SourceLine source={treaty.source} linked />
          {treaty.source.checked && `, ${t('checkedOn', [treaty.source.checked])}`}
        </p>
        {treaty.note && (
          <p class="tl-document-meta">
            {t('documentNote')} <span lang="en">{treaty.note}</span>
          </p>
        )}
        <TreatyLanguageNote document={treaty} />
      </header>
      {treaty.articles.map((article) => {
        const isQuoted = article.id === articleId;
        return (
          <section
            key={article.id}
            ref={isQuoted ? quoted : undefined}
            class={isQuoted ? 'tl-article tl-article--quoted' : 'tl-article'}
            data-article-id={article.id}
            data-quoted={isQuoted ? 'true' : undefined}
            aria-current={isQuoted ? 'location' : undefined}
            tabIndex={isQuoted ? -1 : undefined}
            aria-labelledby={`tl-article-${article.id}`}
          >
            <h3 id={`tl-article-${article.id}`}>
              {articleTitle({ articleId: article.id, heading: article.heading })}
            </h3>
            <p class="tl-article-text" lang="en">
              <MarkedText text={article.text} marked={isQuoted ? excerpt : undefined} />
            </p>
          </section>
        );
      })}
    </article>
  );
}
