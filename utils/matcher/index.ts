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
import type { ContextRule, Description, Language } from '../../knowledge/types';
import { type CompiledRule, ContextWords, compileRules, passesRules } from './context-rules';
import { defaultDescriptionWindow, findDescriptions } from './descriptions';
import { findPhrases, PageWords } from './find-phrases';
import { buildFuzzyIndexInSteps, type FuzzyIndex, findNearMisses } from './fuzzy';
import { normaliseText, normaliseTextOnly, toOriginalRange } from './normalise';
import {
  buildPhraseIndexInSteps,
  type DescriptionSource,
  type PhraseIndex,
  type PhraseSource,
} from './phrase-index';
import { mayHoldCandidates } from './quick-check';
import { resolveOverlaps } from './resolve-overlaps';
import { runToEnd } from './run-to-end';
import { storyAround } from './story';
import { tokenise } from './tokenise';

/** What the matcher needs to know about an entry. */
export interface MatchableEntry {
  id: string;
  topic: string;
  phrases: Partial<Record<Language, string[]>>;
  descriptions?: Partial<Record<Language, Description[]>>;
  shortForms?: Partial<Record<Language, string[]>>;
  context?: ContextRule[];
}

/** One concept found in a text, with offsets into the original (un-normalised) text. */
export interface ConceptMatch {
  entryId: string;
  start: number;
  end: number;
  /**
   * 1 for a phrase as written, 0.85 to 0.95 for a "…" phrase with words apart, at most 0.9 for a
   * near miss (misspelling), 0.84 for a description, 0.82 for a short form.
   */
  score: number;
  /** The knowledge-base phrase that matched (for a description, its first words joined by " + "). */
  phrase: string;
  /** The language of that phrase (the card speaks it where the extension does). */
  language: Language;
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
  const { sources, descriptions } = sourcesOf(entries);
  const index = yield* buildPhraseIndexInSteps(sources, descriptions);
  const fuzzy = yield* buildFuzzyIndexInSteps(index);
  // Rules compile on first use: most entries never have a candidate on a given page.
  const compiled: (CompiledRule[] | undefined)[] = [];
  const rulesOf = (entry: number) => {
    compiled[entry] ??= compileRules(entries[entry]?.context);
    return compiled[entry];
  };
  const pageContext = lastPageContext();
  const pageEntries = lastPageEntries(index);
  const claimants = new Map<string, Set<number>>();
  for (const phrase of index.phrases) {
    if (!phrase.short) continue;
    const owners = claimants.get(phrase.normalised) ?? new Set<number>();
    owners.add(phrase.entry);
    claimants.set(phrase.normalised, owners);
  }

  return {
    findConcepts({ text, pageText }) {
      const normalisedText = normaliseTextOnly(text);
      if (!mayHoldCandidates({ text: normalisedText, index, fuzzy: nearMisses ? fuzzy : null })) {
        return [];
      }
      const page = PageWords.read({ text: normalisedText, vocabulary: index.vocabulary });
      const exact = findPhrases({ index, page });
      const near = nearMisses ? findNearMisses({ index, fuzzy, page, text: page.text, exact }) : [];
      const described = findDescriptions({ index, page });
      if (exact.length === 0 && near.length === 0 && described.length === 0) return [];

      const paragraph = new ContextWords(page);
      // The page's words are read only when a rule looks beyond the paragraph (a page is long).
      const pageWords = pageText === undefined ? null : () => pageContext(pageText);
      const pageStory = pageWords === null ? null : () => pageWords().words;
      const story = (start: number, end: number) =>
        storyAround({ paragraph: page, sentences: page.sentences, start, end, page: pageStory });
      const storyHere = (start: number, end: number) =>
        storyAround({ paragraph: page, sentences: page.sentences, start, end, page: null });
      const passes = (entry: number, phrase: string, start: number, end: number) =>
        passesRules({
          rules: rulesOf(entry),
          phrase,
          start,
          end,
          paragraph,
          page: pageWords,
          inStory: () => story(start, end) === 'ours',
        });

      const candidates = near.length === 0 ? exact : [...exact, ...near];
      const full: Accepted[] = [];
      const short: Accepted[] = [];
      for (const candidate of candidates) {
        const phrase = index.phrases[candidate.phrase];
        if (!phrase || candidate.score < minScore) continue;
        if (!passes(phrase.entry, phrase.normalised, candidate.start, candidate.end)) continue;
        // Every entry is about the one story: the right words in another story are not it.
        if (story(candidate.start, candidate.end) === 'other') continue;
        (phrase.short ? short : full).push({
          ...candidate,
          score: phrase.short ? shortFormScore : candidate.score,
          entry: phrase.entry,
          phraseText: phrase.text,
          normalised: phrase.normalised,
          language: phrase.language,
        });
      }
      for (const candidate of described) {
        const description = index.descriptions[candidate.description];
        if (!description || candidate.score < minScore) continue;
        if (!passes(description.entry, description.label, candidate.start, candidate.end)) continue;
        // Words that describe a concept only name it inside its story.
        if (story(candidate.start, candidate.end) !== 'ours') continue;
        full.push({
          ...candidate,
          phrase: -1,
          entry: description.entry,
          phraseText: description.label,
          normalised: description.label,
          language: description.language,
        });
      }
      const accepted =
        short.length === 0
          ? full
          : [
              ...full,
              ...resolveShortForms({
                short,
                full,
                claimants,
                onPage: pageText === undefined ? null : () => pageEntries(pageText),
                inStoryHere: (match) => storyHere(match.start, match.end) === 'ours',
              }),
            ];
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
          language: match.language,
        };
      });
    },
  };
}

/** The phrases and descriptions of the entries, as the index builds them. */
function sourcesOf(entries: readonly MatchableEntry[]): {
  sources: PhraseSource[];
  descriptions: DescriptionSource[];
} {
  const sources: PhraseSource[] = entries.flatMap((entry, index) => [
    ...Object.entries(entry.phrases).flatMap(([language, phrases]) =>
      (phrases ?? []).map((text) => ({ entry: index, text, language: language as Language })),
    ),
    ...Object.entries(entry.shortForms ?? {}).flatMap(([language, phrases]) =>
      (phrases ?? []).map((text) => ({
        entry: index,
        text,
        language: language as Language,
        short: true,
      })),
    ),
  ]);
  const descriptions: DescriptionSource[] = entries.flatMap((entry, index) =>
    Object.entries(entry.descriptions ?? {}).flatMap(([language, list]) =>
      (list ?? []).map((description) => ({
        entry: index,
        language: language as Language,
        words: description.words,
        within: description.within ?? defaultDescriptionWindow,
      })),
    ),
  );
  return { sources, descriptions };
}

/**
 * The matcher's indexes built in one go, for build-time tools: the match gate's data
 * (match-gate.ts) is read from them, so the gate knows every kind of pattern the matcher does.
 */
export function buildIndexes(entries: readonly MatchableEntry[]): {
  index: PhraseIndex;
  fuzzy: FuzzyIndex;
} {
  const { sources, descriptions } = sourcesOf(entries);
  const index = runToEnd(buildPhraseIndexInSteps(sources, descriptions));
  return { index, fuzzy: runToEnd(buildFuzzyIndexInSteps(index)) };
}

/** A candidate that passed its rules, with what the result needs. */
interface Accepted {
  phrase: number;
  start: number;
  end: number;
  score: number;
  entry: number;
  phraseText: string;
  normalised: string;
  language: Language;
}

/** A short form is a lighter sign than the full name it stands for. */
const shortFormScore = 0.82;

/**
 * Short forms ("these guarantees", "the Alliance") stand for the entry named in full nearest
 * to them in the paragraph, among the entries that share the short form; with no full name in
 * the paragraph, for the one such entry the page names in full (none when it names several),
 * where the paragraph is about the story.
 */
function resolveShortForms({
  short,
  full,
  claimants,
  onPage,
  inStoryHere,
}: {
  short: readonly Accepted[];
  full: readonly Accepted[];
  /** Normalised short form → the entries that have it. */
  claimants: Map<string, Set<number>>;
  onPage: (() => Set<number>) | null;
  /** Whether the paragraph itself tells the story around the match (the page aside). */
  inStoryHere: (match: Accepted) => boolean;
}): Accepted[] {
  return short.filter((candidate) => {
    const rivals = claimants.get(candidate.normalised) ?? new Set([candidate.entry]);
    const distance = (match: Accepted) =>
      match.end <= candidate.start
        ? candidate.start - match.end
        : match.start >= candidate.end
          ? match.start - candidate.end
          : 0;
    let nearest: Accepted | undefined;
    for (const match of full) {
      if (!rivals.has(match.entry)) continue;
      if (!nearest || distance(match) < distance(nearest)) nearest = match;
    }
    if (nearest) return nearest.entry === candidate.entry;
    // From the page, only where the paragraph tells the story too: "the coalition" of a party
    // that leaves the government, on a page that once names the Coalition of the Willing, is not it.
    if (!onPage || !inStoryHere(candidate)) return false;
    const named = [...rivals].filter((entry) => onPage().has(entry));
    return named.length === 1 && named[0] === candidate.entry;
  });
}

/**
 * The entries the page names in full (phrases as written, not short forms), read once per page
 * text and only when a paragraph holds a short form with no full name beside it.
 */
function lastPageEntries(index: PhraseIndex): (pageText: string) => Set<number> {
  let lastText: string | undefined;
  let lastEntries = new Set<number>();
  return (pageText) => {
    if (pageText !== lastText) {
      lastText = pageText;
      const page = PageWords.read({
        text: normaliseTextOnly(pageText),
        vocabulary: index.vocabulary,
      });
      lastEntries = new Set(
        findPhrases({ index, page }).flatMap((candidate) => {
          const phrase = index.phrases[candidate.phrase];
          return phrase && !phrase.short ? [phrase.entry] : [];
        }),
      );
    }
    return lastEntries;
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
