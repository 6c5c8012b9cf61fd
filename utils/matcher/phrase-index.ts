import type { Language } from '../../knowledge/types';
import { PhraseAutomaton } from './aho-corasick';
import { normaliseText } from './normalise';
import { type Tokens, tokenise } from './tokenise';
import { Vocabulary } from './vocabulary';

/**
 * One phrase of one entry, as the matcher looks for it.
 *
 * A phrase is plain words ("security guarantees"), matched with inflections, any punctuation
 * or quotes between words and either spelling of a hyphenated word. A phrase with "…" between
 * its parts ("guarantee … Ukraine's security") lets up to `maxGapWords` other words stand at
 * each "…", inside one sentence: how news text says the same thing in other words or another
 * order.
 */
export interface IndexedPhrase {
  entry: number;
  /** As written in the knowledge base. */
  text: string;
  /** Normalised, with "…" kept as "...": what context rules and fuzzy scoring compare. */
  normalised: string;
  language: Language;
  /** Number of parts: one, plus one per "…". */
  partCount: number;
  /** Words of the phrase, as written (first spelling of each part). */
  words: string[];
  /** Number of words in the phrase. */
  wordCount: number;
  /** A short form ("the Alliance"): counts only where the entry was named in full (short-forms.ts). */
  short: boolean;
}

export interface PhraseSource {
  entry: number;
  text: string;
  language: Language;
  short?: boolean;
}

/** An entry's concept in other words: one word of each group near each other (descriptions.ts). */
export interface DescriptionSource {
  entry: number;
  language: Language;
  words: string[][];
  within: number;
}

/** A description ready to find: its groups as word families. */
export interface IndexedDescription {
  entry: number;
  language: Language;
  groupCount: number;
  within: number;
  /** The first word of each group joined with " + ", shown as the match's phrase. */
  label: string;
}

export interface PhraseIndex {
  vocabulary: Vocabulary;
  automaton: PhraseAutomaton;
  phrases: IndexedPhrase[];
  /** Pattern number → the phrase parts it spells. */
  usesOfPattern: PatternUse[][];
  /** Pattern number → words (families) of the pattern. */
  patterns: number[][];
  /** Pattern number → whether it spells a whole phrase or the first part of one. */
  opensPhrase: boolean[];
  descriptions: IndexedDescription[];
  /** Family → the description groups it is a word of (empty for most families). */
  groupsOfFamily: { description: number; group: number }[][];
  /** Family → 1 when it is a word of a description's first group (the quick check's anchor). */
  describes: Uint8Array;
}

/** A pattern spells part `part` of phrase `phrase`. */
export interface PatternUse {
  phrase: number;
  part: number;
}

export const maxGapWords = 3;

const gapMarker = /\s*\.\.\.\s*/;

/** Phrases normalised per step of `buildPhraseIndexInSteps`: well under a millisecond warm, a few on a cold page. */
const phrasesPerStep = 25;

/**
 * Builds the phrase index (vocabulary, patterns and the automaton that finds them) in small
 * steps, one per `next()`, so that a page can build it between its own tasks.
 */
export function* buildPhraseIndexInSteps(
  sources: PhraseSource[],
  descriptionSources: DescriptionSource[] = [],
): Generator<undefined, PhraseIndex, void> {
  const parsed: { source: PhraseSource; normalised: string; parts: string[][][] }[] = [];
  for (const source of sources) {
    const normalised = normaliseText(source.text).text.trim();
    const parts = normalised.split(gapMarker).filter((part) => part.length > 0);
    const partSpellings = parts.map((part) => spellings(tokenise(part)));
    // A phrase with a part of no words (only punctuation) could match anywhere: leave it out.
    const usable = partSpellings.every((part) => (part[0]?.length ?? 0) > 0);
    parsed.push({ source, normalised, parts: usable ? partSpellings : [] });
    if (parsed.length % phrasesPerStep === 0) yield;
  }
  yield;

  // A description word is one word (the build check holds it to that): its first word is it.
  const descriptionWords = descriptionSources.map((source) =>
    source.words.map((group) => group.map((word) => tokenise(normaliseText(word).text).word(0))),
  );
  const vocabulary = yield* Vocabulary.buildInSteps([
    ...parsed.flatMap(({ source, parts }) =>
      parts.flat(2).map((word) => ({ word, language: source.language })),
    ),
    ...descriptionSources.flatMap((source, i) =>
      (descriptionWords[i] ?? []).flat().map((word) => ({ word, language: source.language })),
    ),
  ]);

  const patternIds = new Map<string, number>();
  const patterns: number[][] = [];
  const usesOfPattern: PatternUse[][] = [];
  const phrases: IndexedPhrase[] = [];
  for (const [item, { source, normalised, parts }] of parsed.entries()) {
    if (item % phrasesPerStep === phrasesPerStep - 1) yield;
    if (parts.length === 0) continue;
    const phrase = phrases.length;
    parts.forEach((spellingsOfPart, part) => {
      // Every spelling of a part ("trip wire", "tripwire") is a pattern of its own.
      for (const words of spellingsOfPart) {
        const families = words.map((word) =>
          vocabulary.familyOfPhraseWord({ word, language: source.language }),
        );
        const key = families.join(' ');
        let id = patternIds.get(key);
        if (id === undefined) {
          id = patterns.length;
          patternIds.set(key, id);
          patterns.push(families);
          usesOfPattern.push([]);
        }
        usesOfPattern[id]?.push({ phrase, part });
      }
    });
    phrases.push({
      entry: source.entry,
      text: source.text,
      normalised,
      language: source.language,
      partCount: parts.length,
      words: parts.flatMap((part) => part[0] ?? []),
      wordCount: parts.reduce((sum, part) => sum + (part[0]?.length ?? 0), 0),
      short: source.short ?? false,
    });
  }
  const automaton = yield* PhraseAutomaton.buildInSteps(patterns, vocabulary.size);

  const groupsOfFamily: { description: number; group: number }[][] = Array.from(
    { length: vocabulary.size },
    () => [],
  );
  const describes = new Uint8Array(vocabulary.size);
  const descriptions = descriptionSources.map((source, description) => {
    (descriptionWords[description] ?? []).forEach((group, groupIndex) => {
      for (const word of group) {
        const family = vocabulary.familyOfPhraseWord({ word, language: source.language });
        if (family < 0) continue;
        const uses = groupsOfFamily[family] ?? [];
        if (!uses.some((use) => use.description === description && use.group === groupIndex)) {
          uses.push({ description, group: groupIndex });
        }
        if (groupIndex === 0) describes[family] = 1;
      }
    });
    return {
      entry: source.entry,
      language: source.language,
      groupCount: source.words.length,
      within: source.within,
      label: source.words.map((group) => group[0] ?? '').join(' + '),
    };
  });
  return {
    vocabulary,
    automaton,
    phrases,
    usesOfPattern,
    patterns,
    opensPhrase: usesOfPattern.map((uses) => uses.some((use) => use.part === 0)),
    descriptions,
    groupsOfFamily,
    describes,
  };
}

/** The spellings of a phrase part: as written, and with hyphenated words joined. */
function spellings(tokens: Tokens): string[][] {
  const asWritten = tokens.words;
  const joined: string[] = [];
  tokens.words.forEach((word, i) => {
    if (i > 0 && tokens.hyphenated[i]) joined[joined.length - 1] += word;
    else joined.push(word);
  });
  return joined.length === asWritten.length ? [asWritten] : [asWritten, joined];
}
