/**
 * The matcher: finds the knowledge base's concepts in a paragraph of text. DOM-free; the page
 * engine, the popup and the node tools (match, eval, bench) share it.
 *
 * How it reads a paragraph (each step its own module):
 * 1. normalise.ts: fold case, diacritics, dashes, quotes, spaces; "Art. V" → "article5"; keep
 *    a map back to the original offsets.
 * 2. quick-check.ts: one quick walk over the words turns away the many paragraphs where no
 *    phrase completes and no near-miss anchor stands; the rest are read in full.
 * 3. find-phrases.ts: split into words, look each word up once in the vocabulary (inflections
 *    per language, inflection.ts/vocabulary.ts), run the Aho-Corasick automaton over the words
 *    (aho-corasick.ts) and assemble "…" phrases.
 * 4. fuzzy.ts: near misses around anchor words, scored by fuse.js.
 * 5. context-rules.ts: the entries' rules accept or reject ambiguous matches.
 * 6. resolve-overlaps.ts: no two matches contradict each other.
 */
import type { ContextRule, Language } from '../../knowledge/types';
import { type CompiledRule, ContextWords, compileRules, passesRules } from './context-rules';
import { findPhrases, PageWords } from './find-phrases';
import { buildFuzzyIndexInSteps, findNearMisses } from './fuzzy';
import { normaliseText, normaliseTextOnly, toOriginalRange } from './normalise';
import { buildPhraseIndexInSteps, type PhraseSource } from './phrase-index';
import { mayHoldCandidates } from './quick-check';
import { resolveOverlaps } from './resolve-overlaps';
import { runToEnd } from './run-to-end';
import { tokenise } from './tokenise';

/** What the matcher needs to know about an entry. */
export interface MatchableEntry {
  id: string;
  topic: string;
  phrases: Partial<Record<Language, string[]>>;
  context?: ContextRule[];
}

/** One concept found in a text, with offsets into the original (un-normalised) text. */
export interface ConceptMatch {
  entryId: string;
  start: number;
  end: number;
  /** 1 for a phrase as written, 0.85 to 0.95 for a "…" phrase with words apart, at most 0.9 for a near miss (misspelling). */
  score: number;
  /** The knowledge-base phrase that matched. */
  phrase: string;
}

export interface FindConceptsInput {
  /** One paragraph of text. */
  text: string;
  /** Text of the whole page, for context rules with `scope: 'page'`. */
  pageText?: string;
}

export interface MatcherOptions {
  /** Matches scoring below this are dropped (default 0.8: near misses need to be close). */
  minScore?: number;
  /** Look for misspelt phrases with fuse.js (default true). */
  nearMisses?: boolean;
}

export interface Matcher {
  findConcepts(input: FindConceptsInput): ConceptMatch[];
}

export const defaultMatcherOptions: Required<MatcherOptions> = { minScore: 0.8, nearMisses: true };

/**
 * Builds the matcher's index from the entries and returns the matcher (`npm run bench:match`
 * measures how long the index takes).
 */
export function createMatcher(input: {
  entries: readonly MatchableEntry[];
  options?: MatcherOptions;
}): Matcher {
  return runToEnd(createMatcherInSteps(input));
}

/**
 * `createMatcher` cut into steps of a few milliseconds each (one per `next()`): the content
 * script builds the index between the page's own tasks, so no task of ours runs long.
 */
export function* createMatcherInSteps({
  entries,
  options,
}: {
  entries: readonly MatchableEntry[];
  options?: MatcherOptions;
}): Generator<undefined, Matcher, void> {
  const { minScore, nearMisses } = { ...defaultMatcherOptions, ...options };
  const sources: PhraseSource[] = entries.flatMap((entry, index) =>
    Object.entries(entry.phrases).flatMap(([language, phrases]) =>
      (phrases ?? []).map((text) => ({ entry: index, text, language: language as Language })),
    ),
  );
  const index = yield* buildPhraseIndexInSteps(sources);
  const fuzzy = yield* buildFuzzyIndexInSteps(index);
  // Rules compile on first use: most entries never have a candidate on a given page.
  const compiled: (CompiledRule[] | undefined)[] = [];
  const rulesOf = (entry: number) => {
    compiled[entry] ??= compileRules(entries[entry]?.context);
    return compiled[entry];
  };
  const pageContext = lastPageContext();

  return {
    findConcepts({ text, pageText }) {
      const normalisedText = normaliseTextOnly(text);
      if (!mayHoldCandidates({ text: normalisedText, index, fuzzy: nearMisses ? fuzzy : null })) {
        return [];
      }
      const page = PageWords.read({ text: normalisedText, vocabulary: index.vocabulary });
      const exact = findPhrases({ index, page });
      const near = nearMisses ? findNearMisses({ index, fuzzy, page, text: page.text, exact }) : [];
      if (exact.length === 0 && near.length === 0) return [];

      const paragraph = new ContextWords(page);
      // The page's words are read only when a rule looks beyond the paragraph (a page is long).
      const pageWords = pageText === undefined ? null : () => pageContext(pageText);
      const candidates = near.length === 0 ? exact : [...exact, ...near];
      const accepted = candidates.flatMap((candidate) => {
        const phrase = index.phrases[candidate.phrase];
        if (!phrase || candidate.score < minScore) return [];
        const passes = passesRules({
          rules: rulesOf(phrase.entry),
          phrase: phrase.normalised,
          start: candidate.start,
          end: candidate.end,
          paragraph,
          page: pageWords,
        });
        return passes ? [{ ...candidate, entry: phrase.entry, phraseText: phrase.text }] : [];
      });

      if (accepted.length === 0) return [];
      // Only now the map back to the original offsets (same text, see normaliseTextOnly).
      const normalised = normaliseText(text);
      return resolveOverlaps(accepted).map((match) => {
        const range = toOriginalRange({
          normalised,
          start: page.starts[match.start] ?? 0,
          end: page.ends[match.end - 1] ?? 0,
        });
        return {
          entryId: entries[match.entry]?.id ?? '',
          start: range.start,
          end: range.end,
          score: Math.round(match.score * 1000) / 1000,
          phrase: match.phraseText,
        };
      });
    },
  };
}

/** Context words of the page, read once per page text (the page engine passes the same string). */
function lastPageContext(): (pageText: string) => ContextWords {
  let lastText: string | undefined;
  let lastWords: ContextWords | undefined;
  return (pageText) => {
    if (pageText !== lastText || !lastWords) {
      lastText = pageText;
      // Text only: context words need no offsets, and a page is long.
      lastWords = new ContextWords(tokenise(normaliseTextOnly(pageText)));
    }
    return lastWords;
  };
}
