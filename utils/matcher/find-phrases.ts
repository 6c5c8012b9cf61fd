import type { Language } from '../../knowledge/types';
import { isEnding, stemsOf } from './inflection';
import { type IndexedPhrase, maxGapWords, type PhraseIndex } from './phrase-index';
import { firstStartingAtOrAfter } from './resolve-overlaps';
import { type Tokens, tokenise } from './tokenise';
import type { Vocabulary } from './vocabulary';

/**
 * The words of a paragraph as the matcher sees them: place, sentence and family. Two words
 * joined by a hyphen become one when the vocabulary knows the joined word ("trip-wire" →
 * "tripwire", "Sicherheits-Garantien" → "sicherheitsgarantien").
 */
export class PageWords {
  /** Words made by joining two at a hyphen, by index (rare: made only when needed). */
  private joined: Map<number, string> | undefined;

  private constructor(
    readonly text: string,
    /** Offsets in the normalised text. */
    readonly starts: number[],
    readonly ends: number[],
    readonly sentences: number[],
    /** Family of each word in the vocabulary, or -1. */
    readonly families: number[],
  ) {}

  get count(): number {
    return this.starts.length;
  }

  /** Word `i` as text. */
  word(i: number): string {
    return this.joined?.get(i) ?? this.text.slice(this.starts[i] ?? 0, this.ends[i] ?? 0);
  }

  static read({ text, vocabulary }: { text: string; vocabulary: Vocabulary }): PageWords {
    const tokens = tokenise(text);
    const families: number[] = [];
    let joins = false;
    for (let i = 0; i < tokens.count; i++) {
      families.push(vocabulary.familyAt(text, tokens.starts[i] ?? 0, tokens.ends[i] ?? 0));
      if (tokens.hyphenated[i] && !joins) {
        joins = vocabulary.familyOf(tokens.word(i - 1) + tokens.word(i)) >= 0;
      }
    }
    // The usual case: the tokeniser's arrays serve as they are.
    if (!joins) return new PageWords(text, tokens.starts, tokens.ends, tokens.sentences, families);
    return PageWords.joinHyphenated({ tokens, families, vocabulary });
  }

  private static joinHyphenated({
    tokens,
    families,
    vocabulary,
  }: {
    tokens: Tokens;
    families: number[];
    vocabulary: Vocabulary;
  }): PageWords {
    const page = new PageWords(tokens.text, [], [], [], []);
    for (let i = 0; i < tokens.count; i++) {
      const last = page.count - 1;
      if (tokens.hyphenated[i] && last >= 0) {
        const joinedWord = page.word(last) + tokens.word(i);
        const family = vocabulary.familyOf(joinedWord);
        if (family >= 0) {
          page.joined ??= new Map();
          page.joined.set(last, joinedWord);
          page.families[last] = family;
          page.ends[last] = tokens.ends[i] ?? 0;
          continue;
        }
      }
      page.starts.push(tokens.starts[i] ?? 0);
      page.ends.push(tokens.ends[i] ?? 0);
      page.sentences.push(tokens.sentences[i] ?? 0);
      page.families.push(families[i] ?? -1);
    }
    return page;
  }
}

/** A phrase found in a paragraph, before context rules: words `[start, end)`. */
export interface Candidate {
  phrase: number;
  start: number;
  end: number;
  score: number;
}

/**
 * The exact pass: every phrase written as in the knowledge base (up to inflection), found by
 * the automaton, then phrases with "…" assembled from their parts.
 */
export function findPhrases({ index, page }: { index: PhraseIndex; page: PageWords }): Candidate[] {
  const candidates: Candidate[] = [];
  // Parts of "…" phrases, by phrase then part: word ranges.
  let parts: Map<number, { start: number; end: number }[][]> | undefined;
  index.automaton.scan({
    symbols: page.families,
    sentences: page.sentences,
    onMatch: (pattern, start, end) => {
      for (const use of index.usesOfPattern[pattern] ?? []) {
        const phrase = index.phrases[use.phrase];
        if (!phrase) continue;
        if (phrase.partCount === 1) {
          if (takesEndingsOfItsLanguage({ phrase, page, start, end })) {
            candidates.push({ phrase: use.phrase, start, end, score: 1 });
          }
          continue;
        }
        // Parts chain in text order, and the automaton reports in text order: a later part
        // seen before any first part can never be used. ("from" of "withdraw … from …" is
        // everywhere; this keeps it from costing anything.)
        if (use.part > 0 && !parts?.has(use.phrase)) continue;
        parts ??= new Map();
        const byPart = parts.get(use.phrase) ?? Array.from({ length: phrase.partCount }, () => []);
        byPart[use.part]?.push({ start, end });
        parts.set(use.phrase, byPart);
      }
    },
  });
  for (const [phrase, byPart] of parts ?? []) {
    for (const list of byPart) list.sort((a, b) => a.start - b.start);
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
      const candidate = occurrences[firstStartingAtOrAfter(occurrences, end)];
      const next =
        candidate &&
        candidate.start - end <= maxGapWords &&
        sentences[candidate.start] === sentences[first.start]
          ? candidate
          : undefined;
      if (!next) {
        complete = false;
        break;
      }
      gaps += next.start - end;
      end = next.end;
    }
    // Words apart weigh a little less than the phrase as written, never less than 0.85: the
    // knowledge base asked for them.
    if (complete) {
      found.push({ phrase, start: first.start, end, score: 0.95 - 0.02 * Math.min(gaps, 5) });
    }
  }
  return found;
}

/**
 * Whether each page word of a match is its phrase word with an ending of the phrase's own
 * language. A family holds the forms of words of every language that share a stem, so without
 * this the French short form "l'accord" (the word "accord") took English "according" ("accord"
 * + "ing"). Checked where the match has one page word per phrase word (not where a hyphen
 * joined two page words, or the phrase is written as one word and the page as two); German
 * compounds that start with the phrase word count, as in the vocabulary.
 */
function takesEndingsOfItsLanguage({
  phrase,
  page,
  start,
  end,
}: {
  phrase: IndexedPhrase;
  page: PageWords;
  start: number;
  end: number;
}): boolean {
  let written = wordsOfPhrase.get(phrase);
  if (!written) {
    written = tokenise(phrase.normalised).words;
    wordsOfPhrase.set(phrase, written);
  }
  if (written.length !== end - start) return true;
  return written.every((word, k) =>
    isFormOf({ pageWord: page.word(start + k), word, language: phrase.language }),
  );
}

/** A phrase's words as the page's are read (elisions cut: "l'accord" is "accord"), once each. */
const wordsOfPhrase = new WeakMap<IndexedPhrase, string[]>();

function isFormOf({
  pageWord,
  word,
  language,
}: {
  pageWord: string;
  word: string;
  language: Language;
}): boolean {
  if (pageWord === word || (language === 'de' && pageWord.startsWith(word))) return true;
  return stemsOf({ word, language }).some(
    (stem) =>
      pageWord.startsWith(stem) && isEnding({ ending: pageWord.slice(stem.length), language }),
  );
}
