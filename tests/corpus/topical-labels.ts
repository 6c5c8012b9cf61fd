/**
 * Page-level accuracy on the topical pages (`../shared/corpus/topical/`, format in its README):
 * each `NAME.html` has a `NAME.labels.json` listing its article paragraphs (the `<p>`'s exact
 * textContent) and the concept ids each one mentions. The corpus check reads, in the page, the
 * marks that lie in each labelled paragraph; this module turns them into ids per paragraph and
 * scores them as `npm run eval` scores lines (tests/eval/scoring.ts, the 17 required ids).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ConceptMatch } from '../../utils/matcher/index';
import type { LabelledLine } from '../eval/scoring';

export interface LabelledParagraph {
  text: string;
  expect: string[];
  /** Ids that may be marked but need not be: neither a hit nor a false mark. */
  optional?: string[];
}

export interface PageLabels {
  lang: string;
  paragraphs: LabelledParagraph[];
}

/** A mark of ours inside a labelled paragraph, read in the page from `CSS.highlights`. */
export interface MarkInParagraph {
  /** Index into the labels' paragraphs. */
  paragraph: number;
  /** Offsets into the paragraph's textContent. */
  start: number;
  end: number;
  /** The mark's highlight: `treaty-lens-<topic>`. */
  highlight: string;
}

/** The labels beside a page (`NAME.html` → `NAME.labels.json`), or null for an unlabelled page. */
export function readPageLabels({ pagePath }: { pagePath: string }): PageLabels | null {
  const labelsPath = pagePath.replace(/\.html$/, '.labels.json');
  if (labelsPath === pagePath || !existsSync(labelsPath)) return null;
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Partial<PageLabels>;
  if (!Array.isArray(labels.paragraphs) || typeof labels.lang !== 'string') {
    throw new Error(`${labelsPath}: expected {lang, paragraphs: [{text, expect}]}`);
  }
  return { lang: labels.lang, paragraphs: labels.paragraphs };
}

/**
 * The ids marked in each labelled paragraph. Highlights are per topic, not per entry, so a mark
 * is named by the matcher's match on the paragraph at the same offsets and topic (`matchesOf`);
 * a mark no match explains is returned apart, as a problem to report.
 */
export function idsMarkedPerParagraph({
  labels,
  marks,
  matchesOf,
  topicOf,
}: {
  labels: PageLabels;
  marks: readonly MarkInParagraph[];
  matchesOf: (text: string) => readonly ConceptMatch[];
  topicOf: (entryId: string) => string | undefined;
}): { found: string[][]; unexplained: MarkInParagraph[] } {
  const found: Set<string>[] = labels.paragraphs.map(() => new Set());
  const matchCache = new Map<number, readonly ConceptMatch[]>();
  const unexplained: MarkInParagraph[] = [];
  for (const mark of marks) {
    const paragraph = labels.paragraphs[mark.paragraph];
    if (!paragraph) {
      unexplained.push(mark);
      continue;
    }
    let matches = matchCache.get(mark.paragraph);
    if (!matches) {
      matches = matchesOf(paragraph.text);
      matchCache.set(mark.paragraph, matches);
    }
    const named = matches.filter(
      (match) =>
        match.start === mark.start &&
        match.end === mark.end &&
        `treaty-lens-${topicOf(match.entryId)}` === mark.highlight,
    );
    if (named.length === 0) unexplained.push(mark);
    for (const match of named) found[mark.paragraph]?.add(match.entryId);
  }
  return { found: found.map((ids) => [...ids]), unexplained };
}

/**
 * The paragraphs as labelled lines for `scoreLines`, with the found ids: an optional id found
 * where it is not expected is dropped from the found ids (it may be marked, it need not be).
 */
export function linesToScore({ labels, found }: { labels: PageLabels; found: string[][] }): {
  lines: LabelledLine[];
  found: string[][];
} {
  return {
    lines: labels.paragraphs.map((paragraph) => ({
      text: paragraph.text,
      expect: paragraph.expect,
      lang: labels.lang,
    })),
    found: labels.paragraphs.map((paragraph, index) => {
      const optional = new Set(paragraph.optional ?? []);
      const expected = new Set(paragraph.expect);
      return (found[index] ?? []).filter((id) => expected.has(id) || !optional.has(id));
    }),
  };
}

/**
 * Run in the page (serialised on its own: no imports, no outer names, no inner named
 * functions): for each labelled paragraph text, the first `<p>` whose textContent is exactly it,
 * and every mark of ours (`treaty-lens-*` highlights) that starts inside that `<p>`, with its
 * offsets into the `<p>`'s text. Returns the marks and the indexes of paragraphs not found.
 */
export function readMarksInParagraphs(texts: string[]): {
  marks: { paragraph: number; start: number; end: number; highlight: string }[];
  missing: number[];
} {
  const elements = [...document.querySelectorAll('p')];
  const used = new Set<Element>();
  const found: (Element | null)[] = texts.map((text) => {
    const element = elements.find((p) => !used.has(p) && p.textContent === text) ?? null;
    if (element) used.add(element);
    return element;
  });
  const marks: { paragraph: number; start: number; end: number; highlight: string }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('treaty-lens-') || name === 'treaty-lens-flash') continue;
    for (const markRange of highlight) {
      const index = found.findIndex((element) => element?.contains(markRange.startContainer));
      const element = found[index];
      if (!element) continue;
      const before = document.createRange();
      before.setStart(element, 0);
      before.setEnd(markRange.startContainer, markRange.startOffset);
      const start = before.toString().length;
      const length = (markRange as Range).toString().length;
      marks.push({ paragraph: index, start, end: start + length, highlight: name });
    }
  }
  const missing = found.flatMap((element, index) => (element ? [] : [index]));
  return { marks, missing };
}
