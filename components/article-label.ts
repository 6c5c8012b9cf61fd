import type { Article, TreatyDocument } from '../knowledge/types';
import { t } from './i18n';

/** "Article 5" or "Preamble": how a reader names a part of a treaty. */
export function articleLabel({ articleId }: { articleId: string }): string {
  return articleId.toLowerCase() === 'preamble' ? t('preamble') : t('articleLabel', [articleId]);
}

/**
 * "Article 5: Collective defence", or just "Article 5" when the data's heading only repeats the
 * label (many treaties have no article titles, and the data then uses the label as heading). A
 * heading that is only the English "Article <number>" (e.g. "Article V") counts as a label too,
 * so a card in another language reads "Artykuł 5", not "Artykuł 5: Article 5".
 */
export function articleTitle({
  articleId,
  heading,
}: {
  articleId: string;
  heading: string;
}): string {
  const label = articleLabel({ articleId });
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const onlyNumbered = /^article\s+[0-9ivxlc]+$/i.test(heading.trim());
  return !heading || onlyNumbered || same(heading, label) || same(heading, articleId)
    ? label
    : `${label}: ${heading}`;
}

/** Finds a treaty document and one of its articles by their ids, as entries reference them. */
export function findArticle({
  documents,
  documentId,
  articleId,
}: {
  documents: TreatyDocument[];
  documentId: string;
  articleId: string;
}): { document?: TreatyDocument; article?: Article } {
  const document = documents.find((candidate) => candidate.id === documentId);
  const article = document?.articles.find((candidate) => candidate.id === articleId);
  return { document, article };
}
