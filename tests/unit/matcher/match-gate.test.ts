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
import { createMatcher, type MatchableEntry } from '../../../utils/matcher/index';
import { MatchGate } from '../../../utils/matcher/match-gate';
import { matchGateDataOf } from '../../../utils/matcher/match-gate-data';
import { decodeFamily } from '../../../utils/matcher/vocabulary';
import { defaultCorpusDir, listPages } from '../../corpus/corpus-pages';
import { paragraphsOfHtml } from '../../corpus/html-paragraphs';

const entries = loadKnowledgeBaseFromDisk().entries;
const gate = MatchGate.of(matchGateDataOf(entries));
/** Asserts that the matcher finds `entryId` in `text` and the gate lets `text` through. */
const expectFoundAndLetThrough = (text: string, entryId: string) => {
  expect(matcher.findConcepts({ text }).map((match) => match.entryId)).toContain(entryId);
  expect(gate.mayMatch(text)).toBe(true);
};
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
    expect(pagesTurnedAway / pages.length).toBeGreaterThan(0.7);
    // The matcher reads every paragraph of 200 pages: seconds on a shared machine.
  }, 60_000);

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
    expectFoundAndLetThrough('Europe would send a trip-wire force to Ukraine.', 'tripwire-force');
    expect(gate.mayMatch('')).toBe(false);
  });

  it('asks for the words a context rule needs in the paragraph ("MAP" beside NATO)', () => {
    expectFoundAndLetThrough('Kyiv asked NATO for a MAP at the summit.', 'membership-action-plan');
    // A map of the city is no Membership Action Plan: the matcher and the gate agree (and
    // "originally" holds "ally" but does not start with it).
    const alone = 'The map shows where the new tram line will originally run.';
    expect(matcher.findConcepts({ text: alone })).toEqual([]);
    expect(gate.mayMatch(alone)).toBe(false);
  });

  it('asks for a common short word only where a condition has fewer than two longer ones', () => {
    const data = matchGateDataOf(entries);
    // An atom's length is its shortest family's longest stem, as match-gate-data.ts rates them.
    const longest = data.families.map((family) =>
      Math.max(...decodeFamily(family).map((stem) => stem.length)),
    );
    const atomLength = (atom: number[]) => Math.min(...atom.map((family) => longest[family] ?? 0));
    const mixed = data.conditions.filter((atoms) => {
      const lengths = atoms.map(atomLength);
      return lengths.some((length) => length <= 3) && lengths.filter((l) => l > 3).length >= 2;
    });
    expect(mixed).toEqual([]);
    // Short words still count where they are all a phrase has besides one word ("red line").
    expect(gate.mayMatch('Moscow drew a red line.')).toBe(true);
    expect(gate.mayMatch('Moscow drew a line.')).toBe(false);
    // Left out of the atoms, a short word is still asked for in the paragraph, as a whole word:
    // "traité de Washington" needs its "de", which English prose about Washington lacks.
    expectFoundAndLetThrough(
      "L'article 5 du traité de Washington engage les alliés.",
      'washington-treaty',
    );
    expect(gate.mayMatch('In Washington, traits like loyalty decide who gets the job.')).toBe(
      false,
    );
  });
});
