import Fuse from 'fuse.js/basic';
import { editDistance, slipsAllowed } from './edit-distance';
import type { Candidate, PageWords } from './find-phrases';
import type { PhraseIndex } from './phrase-index';

/**
 * Near misses: a phrase written with a slip ("security guarentees", "coalition of the wiling",
 * "Sicherheitsgaranteen"). Inflection and word order are the exact pass's job (endings per
 * language, "…" phrases); this pass only looks where one word of a phrase stands as written
 * (the anchor) and lets fuse.js score the words around it against the whole phrase.
 */
export interface FuzzyIndex {
  /** Family → phrases it anchors (an array indexed by family: looked up for every word). */
  phrasesOfAnchor: (number[] | undefined)[];
  /** Family → fewest letters a page word needs to anchor (see `phrasesAnchoredBy`). */
  shortestAnchor: number[];
  /** Words of each phrase that can be found with a slip, with their families. */
  wordsOfPhrase: Map<number, PhraseWord[]>;
}

interface PhraseWord {
  word: string;
  family: number;
  /** Letters that may be wrong: none in digits and short words, two from eight letters. */
  slips: number;
}

/** Fuse's Bitap score (0 exact, 1 nothing alike) above which a near miss is dropped. */
export const nearMissThreshold = 0.2;

const minimumPhraseLength = 8;
const minimumAnchorLength = 4;
// A page word anchors when it is at most this many letters shorter than the anchor word: an
// ending swapped or dropped ("guarantees" for "guarantee"), not a stem that only looks like it
// ("will" is in the family of "willing"; every "will" woke this pass for nothing).
const anchorLettersDropped = 2;
// Words that carry no meaning of their own, never an anchor.
const functionWords = new Set(
  'with from that this their about into over under than eine einer dass oder pour dans avec sont plus przez oraz для щодо через після'.split(
    ' ',
  ),
);

/** Phrases handled per step of `buildFuzzyIndexInSteps`. */
const phrasesPerStep = 50;

/** The near-miss index, in steps of about a millisecond (see `createMatcherInSteps`). */
export function* buildFuzzyIndexInSteps(
  index: PhraseIndex,
): Generator<undefined, FuzzyIndex, void> {
  const phrasesOfAnchor: (number[] | undefined)[] = new Array(index.vocabulary.size);
  const shortestAnchor: number[] = new Array(index.vocabulary.size).fill(0);
  const wordsOfPhrase = new Map<number, PhraseWord[]>();
  for (const [id, phrase] of index.phrases.entries()) {
    if (id % phrasesPerStep === phrasesPerStep - 1) yield;
    // Short forms ("the treaty") are common words: a slip of one is not worth a guess.
    if (phrase.partCount !== 1 || phrase.wordCount < 2 || phrase.short) continue;
    if (phrase.normalised.length < minimumPhraseLength) continue;
    const words = phrase.words.map((word) => ({
      word,
      family: index.vocabulary.familyOfPhraseWord({ word, language: phrase.language }),
      slips: slipsAllowed(word),
    }));
    wordsOfPhrase.set(id, words);
    // The two longest words anchor the phrase: a slip in one leaves the other, and long words
    // are rare on pages, where "will" or "more" would wake this pass at every turn.
    const anchors = words
      .filter(
        ({ word, family }) =>
          word.length >= minimumAnchorLength && !functionWords.has(word) && family >= 0,
      )
      .sort((a, b) => b.word.length - a.word.length)
      .slice(0, 2)
      // A near miss needs some other word of the phrase written with a slip; where every other
      // word must be exact ("Article 5-like": "article5" has a digit), this anchor finds nothing.
      .filter((anchor) => words.some((other) => other.family !== anchor.family && other.slips > 0));
    for (const { word, family } of anchors) {
      const list = phrasesOfAnchor[family] ?? [];
      if (!list.includes(id)) list.push(id);
      phrasesOfAnchor[family] = list;
      const letters = word.length - anchorLettersDropped;
      shortestAnchor[family] = Math.min(shortestAnchor[family] || letters, letters);
    }
  }
  return { phrasesOfAnchor, shortestAnchor, wordsOfPhrase };
}

/** The phrases a page word of `family` and `length` letters anchors, if any. */
export function phrasesAnchoredBy({
  fuzzy,
  family,
  length,
}: {
  fuzzy: FuzzyIndex;
  family: number;
  length: number;
}): number[] | undefined {
  return length >= (fuzzy.shortestAnchor[family] ?? 0) ? fuzzy.phrasesOfAnchor[family] : undefined;
}

/** Near misses around anchors that no exact match of the same entry already covers. */
export function findNearMisses({
  index,
  fuzzy,
  page,
  text,
  exact,
}: {
  index: PhraseIndex;
  fuzzy: FuzzyIndex;
  page: PageWords;
  /** The normalised paragraph text. */
  text: string;
  exact: readonly Candidate[];
}): Candidate[] {
  const found: Candidate[] = [];
  let tried: Set<number> | undefined;
  let covered: Set<number> | undefined;
  for (let i = 0; i < page.count; i++) {
    const family = page.families[i] ?? -1;
    if (family < 0) continue;
    const length = (page.ends[i] ?? 0) - (page.starts[i] ?? 0);
    const anchored = phrasesAnchoredBy({ fuzzy, family, length });
    if (!anchored) continue;
    // Words already inside an exact match, per entry: no near miss is looked for there.
    covered ??= coveredWords({ index, page, exact });
    tried ??= new Set();
    for (const phraseId of anchored) {
      const phrase = index.phrases[phraseId];
      if (!phrase) continue;
      if (covered.has(phrase.entry * page.count + i)) continue;
      const window = windowAround({ page, at: i, words: phrase.wordCount + 1 });
      const key = phraseId * 65536 + window.start;
      if (tried.has(key)) continue;
      tried.add(key);
      const words = fuzzy.wordsOfPhrase.get(phraseId) ?? [];
      if (!hasTwins({ page, window, words })) continue;
      const span = bestSpan({ page, text, window, phrase: phrase.normalised });
      if (!span || span.start > i || span.end <= i) continue;
      if (Math.abs(span.end - span.start - phrase.wordCount) > 1) continue;
      found.push({ phrase: phraseId, start: span.start, end: span.end, score: span.score });
    }
  }
  return found;
}

function coveredWords({
  index,
  page,
  exact,
}: {
  index: PhraseIndex;
  page: PageWords;
  exact: readonly Candidate[];
}): Set<number> {
  const covered = new Set<number>();
  for (const candidate of exact) {
    const entry = index.phrases[candidate.phrase]?.entry ?? 0;
    for (let k = candidate.start; k < candidate.end; k++) covered.add(entry * page.count + k);
  }
  return covered;
}

function windowAround({ page, at, words }: { page: PageWords; at: number; words: number }) {
  const sentence = page.sentences[at];
  let start = at;
  while (start > 0 && at - start < words && page.sentences[start - 1] === sentence) start--;
  let end = at + 1;
  while (end < page.count && end - at <= words && page.sentences[end] === sentence) end++;
  return { start, end };
}

/**
 * Before fuse.js: each word of the phrase missing from the window (no form of it there) has a
 * twin among the window's unknown words, with at most one letter wrong (two from eight letters;
 * digits and short words none) and the same first letter. At least one word must be missing:
 * a phrase whose words are all there, in another order or apart, is the "…" phrases' business.
 * So "constitutional powers" is no slip for "constitutional process", nor "Article 4" for
 * "Article 5"; most anchors ("security" in "security guard") stop after comparing numbers.
 */
function hasTwins({
  page,
  window,
  words,
}: {
  page: PageWords;
  window: { start: number; end: number };
  words: readonly PhraseWord[];
}): boolean {
  let missing = 0;
  for (const { word, family, slips } of words) {
    let present = false;
    for (let k = window.start; k < window.end && !present; k++) {
      present = family >= 0 && page.families[k] === family;
    }
    if (present) continue;
    missing++;
    if (slips === 0 || !hasTwin({ page, window, word, slips })) return false;
  }
  return missing > 0;
}

function hasTwin({
  page,
  window,
  word,
  slips,
}: {
  page: PageWords;
  window: { start: number; end: number };
  word: string;
  slips: number;
}): boolean {
  const first = word.charCodeAt(0);
  for (let k = window.start; k < window.end; k++) {
    if ((page.families[k] ?? -1) >= 0 || page.text.charCodeAt(page.starts[k] ?? 0) !== first)
      continue;
    if (editDistance(page.word(k), word, slips) <= slips) return true;
  }
  return false;
}

const fuseOptions = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: nearMissThreshold,
  minMatchCharLength: 1,
};

/** fuse.js's best alignment of the phrase in the window, widened to whole words and rescored. */
function bestSpan({
  page,
  text,
  window,
  phrase,
}: {
  page: PageWords;
  text: string;
  window: { start: number; end: number };
  phrase: string;
}): { start: number; end: number; score: number } | undefined {
  const offset = page.starts[window.start] ?? 0;
  const windowText = text.slice(offset, page.ends[window.end - 1] ?? offset);
  const [result] = new Fuse([windowText], fuseOptions).search(phrase);
  const ranges = result?.matches?.[0]?.indices;
  if (!ranges || ranges.length === 0) return undefined;
  const from = offset + Math.min(...ranges.map((r) => r[0]));
  const to = offset + Math.max(...ranges.map((r) => r[1])) + 1;
  let start = window.start;
  while (start < window.end && (page.ends[start] ?? 0) <= from) start++;
  let end = start;
  while (end < window.end && (page.starts[end] ?? 0) < to) end++;
  if (end <= start) return undefined;
  const spanText = text.slice(page.starts[start] ?? 0, page.ends[end - 1] ?? 0);
  const [rescored] = new Fuse([spanText], fuseOptions).search(phrase);
  if (rescored?.score === undefined || rescored.score > nearMissThreshold) return undefined;
  // A near miss never outranks a phrase found as written.
  return { start, end, score: Math.min(0.9, 1 - rescored.score) };
}
