import Fuse from 'fuse.js/basic';
import type { Candidate, PageWords } from './find-phrases';
import type { PhraseIndex } from './phrase-index';

/**
 * Near misses: a phrase written with a slip ("security guarentees", "coalition of the wiling",
 * "Sicherheitsgaranteen"). Inflection and word order are the exact pass's job (endings per
 * language, "…" phrases); this pass only looks where one word of a phrase stands as written
 * (the anchor) and lets fuse.js score the words around it against the whole phrase.
 */
export interface FuzzyIndex {
  /** Anchor family → phrases it anchors. */
  phrasesOfAnchor: Map<number, number[]>;
}

/** Fuse's Bitap score (0 exact, 1 nothing alike) above which a near miss is dropped. */
export const nearMissThreshold = 0.2;

const minimumPhraseLength = 8;
const minimumAnchorLength = 4;
// Words that carry no meaning of their own, never an anchor.
const functionWords = new Set(
  'with from that this their about into over under than eine einer dass oder pour dans avec sont plus przez oraz для щодо через після'.split(
    ' ',
  ),
);

export function buildFuzzyIndex(index: PhraseIndex): FuzzyIndex {
  const phrasesOfAnchor = new Map<number, number[]>();
  index.phrases.forEach((phrase, id) => {
    if (phrase.partCount !== 1 || phrase.wordCount < 2) return;
    if (phrase.normalised.length < minimumPhraseLength) return;
    const words = phraseWords(phrase.normalised);
    for (const word of words) {
      if (word.length < minimumAnchorLength || functionWords.has(word)) continue;
      const family = index.vocabulary.familyOfPhraseWord({ word, language: phrase.language });
      if (family < 0) continue;
      const list = phrasesOfAnchor.get(family) ?? [];
      if (!list.includes(id)) list.push(id);
      phrasesOfAnchor.set(family, list);
    }
  });
  return { phrasesOfAnchor };
}

function phraseWords(normalised: string): string[] {
  return normalised.split(/[^\p{L}\p{N}']+/u).filter((word) => word.length > 0);
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
  const tried = new Set<string>();
  for (let i = 0; i < page.words.length; i++) {
    const anchored = fuzzy.phrasesOfAnchor.get(page.families[i] ?? -1);
    if (!anchored) continue;
    for (const phraseId of anchored) {
      const phrase = index.phrases[phraseId];
      if (!phrase) continue;
      const covered = exact.some(
        (c) => c.start <= i && i < c.end && index.phrases[c.phrase]?.entry === phrase.entry,
      );
      if (covered) continue;
      const window = windowAround({ page, at: i, words: phrase.wordCount + 1 });
      const key = `${phraseId}:${window.start}`;
      if (tried.has(key)) continue;
      tried.add(key);
      if (!hasLookAlikes({ page, window, anchor: i, phrase: phrase.normalised })) continue;
      const span = bestSpan({ page, text, window, phrase: phrase.normalised });
      if (!span || span.start > i || span.end <= i) continue;
      const words = span.end - span.start;
      if (Math.abs(words - phrase.wordCount) > 1) continue;
      found.push({ phrase: phraseId, start: span.start, end: span.end, score: span.score });
    }
  }
  return found;
}

function windowAround({ page, at, words }: { page: PageWords; at: number; words: number }) {
  const sentence = page.sentences[at];
  let start = at;
  while (start > 0 && at - start < words && page.sentences[start - 1] === sentence) start--;
  let end = at + 1;
  while (end < page.words.length && end - at <= words && page.sentences[end] === sentence) end++;
  return { start, end };
}

/**
 * Cheap test before fuse.js: every other word of the phrase has a look-alike in the window
 * (same first letter, length within two). Most anchors ("security" in "security guard") stop here.
 */
function hasLookAlikes({
  page,
  window,
  anchor,
  phrase,
}: {
  page: PageWords;
  window: { start: number; end: number };
  anchor: number;
  phrase: string;
}): boolean {
  const anchorWord = page.words[anchor] ?? '';
  return phraseWords(phrase).every((word) => {
    if (word.length < minimumAnchorLength || word === anchorWord) return true;
    for (let k = window.start; k < window.end; k++) {
      const candidate = page.words[k] ?? '';
      if (k !== anchor && candidate[0] === word[0] && Math.abs(candidate.length - word.length) <= 2) {
        return true;
      }
    }
    return false;
  });
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
