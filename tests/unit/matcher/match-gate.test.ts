// @vitest-environment node
/**
 * The match gate (utils/matcher/match-gate.ts) may let through paragraphs where the matcher finds
 * nothing, but must never turn away one where it finds something: a paragraph it turns away holds
 * no match but a short form, and a page where it turns every paragraph away holds none at all
 * (a short form counts only where its entry is named in full). Checked on every labelled line,
 * on every paragraph of the saved pages, and on made-up sentences with slips and hyphens.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';
import { buildIndexes, createMatcher, type MatchableEntry } from '../../../utils/matcher/index';
import { MatchGate } from '../../../utils/matcher/match-gate';
import { matchGateDataOf } from '../../../utils/matcher/match-gate-data';
import { defaultCorpusDir, listPages } from '../../corpus/corpus-pages';
import { paragraphsOfHtml } from '../../corpus/html-paragraphs';

const entries = loadKnowledgeBaseFromDisk().entries;
const gate = MatchGate.of(matchGateDataOf(buildIndexes(entries)));
const matcher = createMatcher({ entries });
// The same entries without short forms: what a paragraph can hold on its own.
const withoutShortForms: MatchableEntry[] = entries.map(({ shortForms: _, ...entry }) => entry);
const fullNamesMatcher = createMatcher({ entries: withoutShortForms });

const shared = resolve(import.meta.dirname, '../../../../shared');

function labelledLines(): string[] {
  return ['dev.jsonl', 'dev2.jsonl', 'op-ed.jsonl'].flatMap((name) =>
    readFileSync(join(shared, 'eval', name), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

/** The paragraphs the gate turns away but where the matcher finds a concept named in full. */
function hiddenMatches(paragraphs: readonly string[], pageText?: string): string[] {
  return paragraphs.filter(
    (text) =>
      !gate.mayMatch(text) &&
      fullNamesMatcher.findConcepts({ text, pageText: pageText ?? text }).length > 0,
  );
}

describe('the match gate', () => {
  it('lets through every labelled line where the matcher finds something', () => {
    const lines = labelledLines();
    expect(lines.length).toBeGreaterThan(400);
    expect(hiddenMatches(lines)).toEqual([]);
    // And it does turn lines away: the negatives of the labelled sets include plain news.
    expect(lines.filter((text) => !gate.mayMatch(text)).length).toBeGreaterThan(50);
  });

  it('hides nothing on the saved pages: no paragraph, and no page where it lets nothing through', () => {
    const pages = listPages({ dir: defaultCorpusDir });
    expect(pages.length).toBeGreaterThan(150);
    let pagesTurnedAway = 0;
    for (const path of pages) {
      const paragraphs = paragraphsOfHtml(readFileSync(join(defaultCorpusDir, path), 'utf8'));
      const pageText = paragraphs.join('\n');
      expect({ path, hidden: hiddenMatches(paragraphs, pageText) }).toEqual({ path, hidden: [] });
      if (paragraphs.some((text) => gate.mayMatch(text))) continue;
      pagesTurnedAway++;
      const found = paragraphs.filter(
        (text) => matcher.findConcepts({ text, pageText }).length > 0,
      );
      expect({ path, found }).toEqual({ path, found: [] });
    }
    // Most saved pages have nothing to mark, and the gate spares most of them the index.
    expect(pagesTurnedAway / pages.length).toBeGreaterThan(0.4);
  });

  it('hides nothing in made-up sentences of phrase words, slips and hyphens', () => {
    const words = [
      ...new Set(
        entries.flatMap((entry) =>
          Object.values(entry.phrases)
            .flat()
            .flatMap((phrase) => (phrase ?? '').split(/[\s…]+/)),
        ),
      ),
    ].filter((word) => word.length > 0);
    const slip = (word: string, at: number) =>
      word.length < 5 ? word : word.slice(0, at % word.length) + word.slice((at % word.length) + 1);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.tuple(fc.constantFrom(...words), fc.nat()).map(([word, at]) => slip(word, at)),
      fc.constantFrom('the', 'and', 'of', 'Ukraine', 'said', '-', '.', ',', 'Kyiv', 'on'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ').replace(/ - /g, '-');
        expect(hiddenMatches([text])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a phrase only inside one sentence, and joined words at their hyphens', () => {
    expect(gate.mayMatch('Allies discussed security guarantees for Kyiv.')).toBe(true);
    expect(gate.mayMatch('Allies discussed security guarentees for Kyiv.')).toBe(true);
    expect(gate.mayMatch('Moscow drew a red line.')).toBe(true);
    expect(gate.mayMatch('She drove a red car. The line at the bakery was long.')).toBe(false);
    const hyphenated = 'Europe would send a trip-wire force to Ukraine.';
    expect(matcher.findConcepts({ text: hyphenated }).map((match) => match.entryId)).toContain(
      'tripwire-force',
    );
    expect(gate.mayMatch(hyphenated)).toBe(true);
    expect(gate.mayMatch('')).toBe(false);
  });
});
