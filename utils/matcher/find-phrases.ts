import { type PhraseIndex, maxGapWords } from './phrase-index';
import { tokenise } from './tokenise';
import type { Vocabulary } from './vocabulary';

/** The words of a paragraph as the matcher sees them: text, family and place. */
export interface PageWords {
  words: string[];
  /** Family of each word in the vocabulary, or -1. */
  families: Int32Array;
  /** Offsets in the normalised text. */
  starts: number[];
  ends: number[];
  sentences: number[];
}

/** A phrase found in a paragraph, before context rules: words `[start, end)`. */
export interface Candidate {
  phrase: number;
  start: number;
  end: number;
  score: number;
}

/**
 * Splits normalised text into words and looks each up once. Two words joined by a hyphen
 * become one when the vocabulary knows the joined word ("trip-wire" → "tripwire",
 * "Sicherheits-Garantien" → "sicherheitsgarantien").
 */
export function readPageWords({
  text,
  vocabulary,
}: {
  text: string;
  vocabulary: Vocabulary;
}): PageWords {
  const tokens = tokenise(text);
  const count = tokens.words.length;
  const page: PageWords = {
    words: [],
    families: new Int32Array(count),
    starts: [],
    ends: [],
    sentences: [],
  };
  for (let i = 0; i < count; i++) {
    const word = tokens.words[i] ?? '';
    const last = page.words.length - 1;
    if (tokens.hyphenated[i] && last >= 0) {
      const joined = (page.words[last] ?? '') + word;
      const family = vocabulary.familyOf(joined);
      if (family >= 0) {
        page.words[last] = joined;
        page.families[last] = family;
        page.ends[last] = tokens.ends[i] ?? 0;
        continue;
      }
    }
    page.families[page.words.length] = vocabulary.familyOf(word);
    page.words.push(word);
    page.starts.push(tokens.starts[i] ?? 0);
    page.ends.push(tokens.ends[i] ?? 0);
    page.sentences.push(tokens.sentences[i] ?? 0);
  }
  page.families = page.families.subarray(0, page.words.length);
  return page;
}

/**
 * The exact pass: every phrase written as in the knowledge base (up to inflection), found by
 * the automaton, then phrases with "…" assembled from their parts.
 */
export function findPhrases({ index, page }: { index: PhraseIndex; page: PageWords }): Candidate[] {
  const candidates: Candidate[] = [];
  // Parts of "…" phrases, by phrase then part: [start, end] pairs in page order.
  const parts = new Map<number, { start: number; end: number }[][]>();
  index.automaton.scan({
    symbols: page.families,
    sentences: page.sentences,
    onMatch: (pattern, start, end) => {
      for (const use of index.usesOfPattern[pattern] ?? []) {
        const phrase = index.phrases[use.phrase];
        if (!phrase) continue;
        if (phrase.partCount === 1) {
          candidates.push({ phrase: use.phrase, start, end, score: 1 });
          continue;
        }
        const byPart = parts.get(use.phrase) ?? Array.from({ length: phrase.partCount }, () => []);
        byPart[use.part]?.push({ start, end });
        parts.set(use.phrase, byPart);
      }
    },
  });
  for (const [phrase, byPart] of parts) {
    candidates.push(...assembleGappedPhrase({ phrase, byPart, sentences: page.sentences }));
  }
  return candidates;
}

/** Chains the parts of a "…" phrase: in order, few words apart, inside one sentence. */
function assembleGappedPhrase({
  phrase,
  byPart,
  sentences,
}: {
  phrase: number;
  byPart: { start: number; end: number }[][];
  sentences: number[];
}): Candidate[] {
  const found: Candidate[] = [];
  for (const first of byPart[0] ?? []) {
    let end = first.end;
    let gaps = 0;
    let complete = true;
    for (const occurrences of byPart.slice(1)) {
      const next = occurrences.find(
        (o) =>
          o.start >= end &&
          o.start - end <= maxGapWords &&
          sentences[o.start] === sentences[first.start],
      );
      if (!next) {
        complete = false;
        break;
      }
      gaps += next.start - end;
      end = next.end;
    }
    // Words apart weigh a little less than the phrase as written.
    if (complete) found.push({ phrase, start: first.start, end, score: 0.95 - 0.03 * gaps });
  }
  return found;
}
