import type { Language } from '../../knowledge/types';
import { isEnding, languages, longestEnding, stemsOf } from './inflection';
import { runToEnd } from './run-to-end';

/**
 * The words of every phrase, grouped in families: all the forms one phrase word can take.
 * A page word maps to one family number (or -1), which is all the exact pass looks at.
 *
 * Words whose stems meet ("guarantee"/"guarantees", "force"/"forces") share a family, so a phrase
 * written in either form finds both.
 */
export class Vocabulary {
  /**
   * stem → its family and the languages whose endings may follow it, as one number
   * (`stemCode`): words sharing a stem share a family, so a stem has one.
   */
  private readonly stems = new Map<string, number>();
  /** Quick rejection: most page words share their first three letters with no stem. */
  private readonly openings = new Uint8Array(65536);
  private familyCount = 0;

  /** Builds the vocabulary of `words`, each written in `language`. */
  static build(words: { word: string; language: Language }[]): Vocabulary {
    return runToEnd(Vocabulary.buildInSteps(words));
  }

  /** `build` in steps of about a millisecond (see `createMatcherInSteps`). */
  static *buildInSteps(
    words: { word: string; language: Language }[],
  ): Generator<undefined, Vocabulary, void> {
    const vocabulary = new Vocabulary();
    const family = new UnionFind();
    const stemOwner = new Map<string, number>();
    const wordIds = new Map<string, number>();
    const stemEntries: { stem: string; word: number; language: Language; whole: boolean }[] = [];
    for (const [item, { word, language }] of words.entries()) {
      if (item % itemsPerStep === itemsPerStep - 1) yield;
      const key = `${language}:${word}`;
      let id = wordIds.get(key);
      if (id !== undefined) continue;
      id = wordIds.size;
      wordIds.set(key, id);
      family.add(id);
      for (const stem of stemsOf({ word, language })) {
        const owner = stemOwner.get(stem);
        if (owner === undefined) stemOwner.set(stem, id);
        else family.join(owner, id);
        stemEntries.push({ stem, word: id, language, whole: stem === word });
      }
    }
    const familyOfRoot = new Map<number, number>();
    for (const [item, { stem, word, language, whole }] of stemEntries.entries()) {
      if (item % itemsPerStep === itemsPerStep - 1) yield;
      const root = family.find(word);
      let familyId = familyOfRoot.get(root);
      if (familyId === undefined) {
        familyId = familyOfRoot.size;
        familyOfRoot.set(root, familyId);
      }
      vocabulary.addStem({ stem, family: familyId, language });
      if (language === 'de' && whole && stem.length >= compoundHeadLength) {
        vocabulary.compoundHeads.set(stem, familyId);
      }
    }
    vocabulary.familyCount = familyOfRoot.size;
    vocabulary.familyOfWordKey = (key) => {
      const id = wordIds.get(key);
      return id === undefined ? -1 : (familyOfRoot.get(family.find(id)) ?? -1);
    };
    return vocabulary;
  }

  /**
   * The stems of some families, renumbered by `familyOf` (-1 leaves a family out): what
   * `ofStems` needs to rebuild a vocabulary of those families alone (the match gate's, made at
   * build time). Words sharing a stem share a family, so no stem is in two families and the
   * rebuilt vocabulary gives a page word the same family as this one does.
   */
  stemsOfFamilies(familyOf: (family: number) => number): FamilyStems[] {
    const families: FamilyStems[] = [];
    for (const [stem, code] of this.stems) {
      const family = familyOfCode(code);
      const renumbered = familyOf(family);
      if (renumbered < 0) continue;
      const compoundHead = this.compoundHeads.get(stem) === family;
      const stems = families[renumbered] ?? [];
      stems.push({ stem, languages: languagesOfCode(code), compoundHead });
      families[renumbered] = stems;
    }
    return Array.from(families, (stems) => stems ?? []);
  }

  /**
   * A vocabulary of families written by `encodeFamily`, numbered in that order, in steps of a
   * few hundred families (the content script builds the match gate's between page tasks). Read
   * in place, with no object per stem: this runs cold on every page.
   */
  static *ofEncodedFamiliesInSteps(
    families: readonly string[],
  ): Generator<undefined, Vocabulary, void> {
    const vocabulary = new Vocabulary();
    for (let family = 0; family < families.length; family++) {
      if (family % familiesPerStep === familiesPerStep - 1) yield;
      const encoded = families[family] ?? '';
      let languages = 0;
      for (let at = 0; at < encoded.length; ) {
        let end = encoded.indexOf(' ', at);
        if (end < 0) end = encoded.length;
        let start = at;
        const colon = encoded.indexOf(':', at);
        if (colon >= 0 && colon < end) {
          languages = Number(encoded.slice(at, colon));
          start = colon + 1;
        }
        const compoundHead = encoded.charCodeAt(start) === plusSign;
        if (compoundHead) start++;
        const stem = encoded.slice(start, end);
        vocabulary.stems.set(stem, stemCode(family, languages));
        vocabulary.openings[openingKey(stem)] = 1;
        if (compoundHead) vocabulary.compoundHeads.set(stem, family);
        at = end + 1;
      }
    }
    vocabulary.familyCount = families.length;
    return vocabulary;
  }

  /** Number of families (family numbers run from 0 to size - 1). */
  get size(): number {
    return this.familyCount;
  }

  /** The family of a phrase word registered with `build`. */
  familyOfPhraseWord({ word, language }: { word: string; language: Language }): number {
    return this.familyOfWordKey(`${language}:${word}`);
  }

  private familyOfWordKey: (key: string) => number = () => -1;

  /**
   * The family of the word at `[start, end)` of `text`, or -1. Most page words share their
   * first three letters with no stem and are turned away before any string is made; pages
   * repeat their words, so the rest are mostly answered from `seen`, again with no string made.
   */
  familyAt(text: string, start: number, end: number): number {
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    const third = end - start > 2 ? text.charCodeAt(start + 2) : 0;
    if (this.openings[openingKeyOf(text.charCodeAt(start), second, third)] === 0) return -1;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const slot = (hash >>> 0) & (seenSlots - 1);
    const known = this.seenWords[slot];
    if (known !== undefined && sameWord(known, text, start, end))
      return this.seenFamilies[slot] ?? -1;
    const word = text.slice(start, end);
    const family = this.lookUp(word);
    this.seenWords[slot] = word;
    this.seenFamilies[slot] = family;
    return family;
  }

  /** The family of a page word, or -1 when it is no form of any phrase word. */
  familyOf(word: string): number {
    return word.length === 0 ? -1 : this.familyAt(word, 0, word.length);
  }

  /** Recent answers, one slot per hash of the word's letters (a newer word takes the slot). */
  private readonly seenWords: (string | undefined)[] = new Array(seenSlots);
  private readonly seenFamilies = new Int32Array(seenSlots);

  private lookUp(word: string): number {
    const whole = this.stems.get(word);
    if (whole !== undefined) return familyOfCode(whole);
    // Longest stem first: "forces" is "force" + "s" before it is "forc" + "es".
    const shortest = Math.max(1, word.length - longestEnding);
    for (let cut = word.length - 1; cut >= shortest; cut--) {
      const code = this.stems.get(word.slice(0, cut));
      if (code === undefined) continue;
      const ending = word.slice(cut);
      const stemLanguages = languagesOfCode(code);
      for (let bit = 0; bit < languages.length; bit++) {
        const language = languages[bit];
        if (stemLanguages & (1 << bit) && language && isEnding({ ending, language })) {
          return familyOfCode(code);
        }
      }
    }
    return this.compoundHeadOf(word);
  }

  /** German phrase words long enough to start a compound, with their family. */
  private readonly compoundHeads = new Map<string, number>();

  /**
   * German writes compounds as one word: "Waffenstillstandsverhandlungen" (ceasefire talks)
   * starts with "Waffenstillstand" and a linking "s". A long page word whose first part is a
   * long German phrase word belongs to that word's family.
   */
  private compoundHeadOf(word: string): number {
    if (this.compoundHeads.size === 0 || word.length < compoundHeadLength + 3) return -1;
    for (let cut = word.length - 3; cut >= compoundHeadLength; cut--) {
      const head = word.slice(0, cut);
      const family =
        this.compoundHeads.get(head) ??
        (head.endsWith('s') ? this.compoundHeads.get(head.slice(0, -1)) : undefined);
      if (family !== undefined) return family;
    }
    return -1;
  }

  private addStem({
    stem,
    family,
    language,
  }: {
    stem: string;
    family: number;
    language: Language;
  }) {
    const bit = 1 << languages.indexOf(language);
    const known = this.stems.get(stem);
    this.stems.set(stem, known === undefined ? stemCode(family, bit) : known | bit);
    this.openings[openingKey(stem)] = 1;
  }
}

/** The stems of one family: languages as bits of `languages`; German compound heads flagged. */
export type FamilyStems = { stem: string; languages: number; compoundHead: boolean }[];

/**
 * "1:guarantee guarante guarantees 2:+sicherheitsgarantie": each stem with the languages (bits)
 * named last before it; "+" flags a German compound head. What the match gate's data holds.
 */
export function encodeFamily(stems: FamilyStems): string {
  let languages = -1;
  return stems
    .map(({ stem, languages: these, compoundHead }) => {
      const tag = these === languages ? '' : `${these}:`;
      languages = these;
      return `${tag}${compoundHead ? '+' : ''}${stem}`;
    })
    .join(' ');
}

/** The stems of `encodeFamily`'s text, in order. */
export function decodeFamily(encoded: string): string[] {
  return encoded
    .split(' ')
    .map((tagged) => tagged.slice(tagged.indexOf(':') + 1).replace(/^\+/, ''));
}

/** One bit per language of inflection.ts, below the family number. */
const languageSets = 1 << languages.length;

function stemCode(family: number, languages: number): number {
  return family * languageSets + languages;
}

function familyOfCode(code: number): number {
  return Math.floor(code / languageSets);
}

function languagesOfCode(code: number): number {
  return code % languageSets;
}

const plusSign = 43;

const seenSlots = 1 << 14;

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

// Stems have three letters or more, so a word's first three letters (or the whole of a shorter
// word) are enough to know it cannot start with any stem.
/** Words or stems handled per step of `buildInSteps`. */
const itemsPerStep = 100;

/** Families handled per step of `ofStemsInSteps`. */
const familiesPerStep = 250;

/** Letters a German phrase word needs to be taken for the first part of a compound. */
const compoundHeadLength = 9;

function openingKey(word: string): number {
  return openingKeyOf(word.charCodeAt(0), word.charCodeAt(1) || 0, word.charCodeAt(2) || 0);
}

function openingKeyOf(first: number, second: number, third: number): number {
  return (Math.imul(first, 961) + Math.imul(second, 31) + third) & 0xffff;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(id: number): void {
    this.parent[id] = id;
  }
  find(id: number): number {
    let root = id;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    this.parent[id] = root;
    return root;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}
