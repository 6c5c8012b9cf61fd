import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, listPages } from '../../corpus/corpus-pages';
import {
  idsMarkedPerParagraph,
  linesToScore,
  type PageLabels,
  readPageLabels,
} from '../../corpus/topical-labels';
import { scoreLines } from '../../eval/scoring';

const labels: PageLabels = {
  lang: 'en',
  paragraphs: [
    { text: 'A ceasefire and security guarantees.', expect: ['ceasefire', 'security-guarantees'] },
    { text: 'No concept here.', expect: [] },
    { text: 'A red line, maybe.', expect: [], optional: ['red-line'] },
  ],
};
const topics: Record<string, string> = {
  ceasefire: 'negotiations',
  'security-guarantees': 'guarantees',
  'red-line': 'rhetoric',
};
const topicOf = (id: string) => topics[id];
/** What a matcher would find in each paragraph text (offsets into that text). */
const matchesByText: Record<string, { entryId: string; start: number; end: number }[]> = {
  'A ceasefire and security guarantees.': [
    { entryId: 'ceasefire', start: 2, end: 11 },
    { entryId: 'security-guarantees', start: 16, end: 35 },
  ],
  'No concept here.': [],
  'A red line, maybe.': [{ entryId: 'red-line', start: 2, end: 10 }],
};
const matchesOf = (text: string) =>
  (matchesByText[text] ?? []).map((match) => ({
    ...match,
    score: 1,
    phrase: 'x',
    language: 'en' as const,
  }));

describe('topical page labels', () => {
  it('names each mark by the match at its offsets and topic, and keeps marks nothing explains apart', () => {
    const { found, unexplained } = idsMarkedPerParagraph({
      labels,
      marks: [
        { paragraph: 0, start: 2, end: 11, highlight: 'treaty-lens-negotiations' },
        // Same offsets as a match but another topic's highlight: not that match.
        { paragraph: 0, start: 16, end: 35, highlight: 'treaty-lens-rhetoric' },
        { paragraph: 1, start: 0, end: 2, highlight: 'treaty-lens-rhetoric' },
      ],
      matchesOf,
      topicOf,
    });
    expect(found).toEqual([['ceasefire'], [], []]);
    expect(unexplained.map((mark) => mark.paragraph)).toEqual([0, 1]);
  });

  it('scores the marks like the eval: a missed id is a miss, an optional id is neither', () => {
    const scored = linesToScore({ labels, found: [['ceasefire'], ['ceasefire'], ['red-line']] });
    expect(scored.found).toEqual([['ceasefire'], ['ceasefire'], []]);
    const { overall } = scoreLines(scored);
    expect(overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  });

  it('reads no labels for a page without a labels file', () => {
    expect(readPageLabels({ pagePath: path.join(import.meta.dirname, 'no-such-page.html') })).toBe(
      null,
    );
  });

  const topicalDir = path.join(defaultCorpusDir, 'topical');
  it.skipIf(!existsSync(topicalDir))(
    'has the topical pages, each labelled, among the default corpus pages, once each',
    () => {
      const pages = listPages({ dir: defaultCorpusDir });
      const topical = pages.filter((page) => page.startsWith(`topical${path.sep}`));
      expect(topical).toHaveLength(listPages({ dir: topicalDir }).length);
      expect(topical.length).toBeGreaterThanOrEqual(24);
      expect(new Set(pages).size).toBe(pages.length);
      for (const page of topical) {
        const pageLabels = readPageLabels({ pagePath: path.join(defaultCorpusDir, page) });
        expect(pageLabels?.paragraphs.length, page).toBeGreaterThan(0);
      }
    },
  );
});
