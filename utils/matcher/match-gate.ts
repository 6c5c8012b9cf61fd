import { editDistance, slipsAllowed } from './edit-distance';
import { isInflectionOf } from './inflection';
import { normaliseTextOnly } from './normalise';
import { runToEnd } from './run-to-end';
import { isLetterOrDigit, WordCursor } from './tokenise';
import { decodeFamily, Vocabulary } from './vocabulary';

/**
 * What the match gate knows, made at build time from the matcher's index (match-gate-data.ts)
 * and shipped as data: rebuilding it on a page is one small vocabulary, not the matcher's index.
 */
export interface MatchGateData {
  /** The stems of each gate family, as "1:guarantee guarante 2:+sicherheitsgarantie". */
  families: string[];
  /**
   * What one sentence must hold for the matcher to find something: a condition is met when
   * each of its atoms (one to three) has a word there, an atom being a list of gate families.
   */
  conditions: number[][][];
  /**
   * Conditions met only where the paragraph also holds one word of each of some lists: the
   * condition and a list in `requiredWords` (one entry per list it requires).
   */
  requirements: [condition: number, list: number][];
  /**
   * Lists of words (normalised), one of which a paragraph must hold: a word a context rule
   * needs beside its phrase ("MAP" counts beside "NATO"), as the start of a word, or, after
   * "=", a short word the condition left out of its atoms ("de"), as a whole word.
   */
  requiredWords: string[][];
  /**
   * Near-miss anchors: the anchor's family, the fewest letters a page word needs to anchor
   * (fuzzy.ts), and per phrase it anchors the words it needs (family, and place among the
   * family's stems), each present (any word of its family) or written with a slip; a short
   * word as -1 and its list in `requiredWords`, found whole in the paragraph.
   */
  anchors: [family: number, shortest: number, phrases: [family: number, word: number][][]][];
}

/**
 * Tells, before the matcher's index is built, whether a paragraph could hold anything the
 * matcher finds, from what each sentence holds (match-gate-data.ts says why that is enough).
 * Looser than the matcher's own reading, never stricter: a unit test holds it to that on every
 * labelled line and corpus paragraph. Built from a few thousand stems, so a page with nothing to
 * find pays for one walk over its words and no index.
 */
export class MatchGate {
  private readonly words: Vocabulary;
  /** Each family's stems, still encoded: read only for a witness's slip, which is rare. */
  private readonly families: string[];
  /** Gate family → its near-miss anchor, if it is one. */
  private readonly anchorOfFamily: (MatchGateData['anchors'][number] | undefined)[] = [];
  /** Gate family → the conditions it has an atom in, as condition * 4 + atom. */
  private readonly usesOfFamily: number[][] = [];
  private readonly atomCount: Uint8Array;
  /** Condition → the lists of `MatchGateData.requiredWords` it requires, if any. */
  private readonly listsOfCondition: (string[][] | undefined)[] = [];
  private readonly wordLists: string[][];
  /** The paragraph being read (normalised): where required words are looked for. */
  private paragraph = '';
  private readonly cursor = new WordCursor();
  // Per sentence, reused between paragraphs: atoms met (bits per condition), families met,
  // anchors met, and the words as start and end offsets (for witnesses and hyphen joins).
  private atomsMet = new Uint8Array(0);
  private readonly touched: number[] = [];
  private readonly familiesMet = new Set<number>();
  private readonly anchored: MatchGateData['anchors'][number][] = [];
  private readonly sentenceWords: number[] = [];

  private constructor({
    data,
    words,
  }: {
    data: MatchGateData;
    words: Vocabulary;
  }) {
    this.families = data.families;
    this.words = words;
    for (const anchor of data.anchors) this.anchorOfFamily[anchor[0]] = anchor;
    this.atomCount = new Uint8Array(data.conditions.length);
    this.atomsMet = new Uint8Array(data.conditions.length);
    this.wordLists = data.requiredWords;
    for (const [condition, list] of data.requirements) {
      const lists = this.listsOfCondition[condition] ?? [];
      lists.push(data.requiredWords[list] ?? []);
      this.listsOfCondition[condition] = lists;
    }
    // Plain loops: this runs cold on every page.
    for (let condition = 0; condition < data.conditions.length; condition++) {
      const atoms = data.conditions[condition] ?? [];
      this.atomCount[condition] = atoms.length;
      for (let atom = 0; atom < atoms.length; atom++) {
        for (const family of atoms[atom] ?? []) {
          const uses = this.usesOfFamily[family];
          if (uses) uses.push(condition * 4 + atom);
          else this.usesOfFamily[family] = [condition * 4 + atom];
        }
      }
    }
  }

  /** The gate of `data`, all at once (tools and tests). */
  static of(data: MatchGateData): MatchGate {
    return runToEnd(MatchGate.buildInSteps(data));
  }

  /** The gate of `data`, in steps of a millisecond or so (the content script runs one per task turn). */
  static *buildInSteps(data: MatchGateData): Generator<undefined, MatchGate, void> {
    const words = yield* Vocabulary.ofEncodedFamiliesInSteps(data.families);
    yield;
    return new MatchGate({ data, words });
  }

  /** Whether the matcher could find anything in `paragraph` (raw text, as the page has it). */
  mayMatch(paragraph: string): boolean {
    const text = normaliseTextOnly(paragraph);
    this.paragraph = text;
    const word = this.cursor.reset(text);
    const words = this.sentenceWords;
    this.startSentence();
    let sentence = 0;
    let chainStart = 0;
    while (word.next()) {
      if (word.sentence !== sentence) {
        if (this.witnessed(text)) return true;
        this.startSentence();
        sentence = word.sentence;
      }
      const { start, end } = word;
      words.push(start, end);
      const family = this.words.familyAt(text, start, end);
      if (this.meets(family)) return true;
      this.noteAnchor(family, end - start);
      // "trip-wire": the matcher reads hyphenated words joined when it knows the joined word.
      if (!word.hyphenated || words.length === 2) chainStart = words.length - 2;
      else if (this.joinMeets(text, chainStart)) return true;
    }
    return this.witnessed(text);
  }

  private startSentence(): void {
    for (const condition of this.touched) this.atomsMet[condition] = 0;
    this.touched.length = 0;
    if (this.familiesMet.size > 0) this.familiesMet.clear();
    this.anchored.length = 0;
    this.sentenceWords.length = 0;
  }

  /** Notes a word of gate family `family`; true when that completes a condition. */
  private meets(family: number): boolean {
    if (family < 0) return false;
    this.familiesMet.add(family);
    for (const use of this.usesOfFamily[family] ?? []) {
      const condition = use >> 2;
      const before = this.atomsMet[condition] ?? 0;
      if (before === 0) this.touched.push(condition);
      const after = before | (1 << (use & 3));
      this.atomsMet[condition] = after;
      if (after === (1 << (this.atomCount[condition] ?? 0)) - 1 && this.required(condition)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the paragraph holds a word of each list `condition` requires, if any. */
  private required(condition: number): boolean {
    const lists = this.listsOfCondition[condition];
    return !lists || lists.every((words) => this.holdsOne(words));
  }

  /** Whether the paragraph holds one of `words` (see `MatchGateData.requiredWords`). */
  private holdsOne(words: readonly string[]): boolean {
    return words.some((word) =>
      word.startsWith('=')
        ? holdsWholeWord(this.paragraph, word.slice(1))
        : startsAWord(this.paragraph, word),
    );
  }

  private noteAnchor(family: number, length: number): void {
    const anchor = this.anchorOfFamily[family];
    if (anchor && length >= anchor[1]) this.anchored.push(anchor);
  }

  /**
   * Reads the sentence's words from `chainStart` on, joined at their hyphens, as the words the
   * matcher may read there; true when one completes a condition.
   */
  private joinMeets(text: string, chainStart: number): boolean {
    const words = this.sentenceWords;
    const last = words.length - 2;
    let joined = text.slice(words[last] ?? 0, words[last + 1] ?? 0);
    for (let at = last - 2; at >= chainStart; at -= 2) {
      joined = text.slice(words[at] ?? 0, words[at + 1] ?? 0) + joined;
      const family = this.words.familyOf(joined);
      if (this.meets(family)) return true;
      this.noteAnchor(family, (words[last + 1] ?? 0) - (words[at] ?? 0));
    }
    return false;
  }

  /** Whether an anchor of the sentence has the other words of one of its phrases there. */
  private witnessed(text: string): boolean {
    for (const [, , phrases] of this.anchored) {
      for (const witnesses of phrases) {
        let all = true;
        for (const [family, word] of witnesses) {
          if (!this.witness(text, family, word)) {
            all = false;
            break;
          }
        }
        if (all) return true;
      }
    }
    return false;
  }

  /** Stem number `word` of `family`, decoded on first need (witnesses are few, pages many). */
  private stemOf(family: number, word: number): string {
    const key = family * 64 + word;
    let stem = this.witnessStems.get(key);
    if (stem === undefined) {
      stem = decodeFamily(this.families[family] ?? '')[word] ?? '';
      this.witnessStems.set(key, stem);
    }
    return stem;
  }

  private readonly witnessStems = new Map<number, string>();

  /**
   * Whether the sentence has a word of `family`, or a slip of its stem number `word` (the
   * phrase's word as written: same first letter, as few slips as fuzzy.ts allows).
   */
  private witness(text: string, family: number, word: number): boolean {
    if (family < 0) return this.holdsOne(this.wordLists[word] ?? []);
    if (this.familiesMet.has(family)) return true;
    const witness = this.stemOf(family, word);
    const slips = slipsAllowed(witness);
    if (slips === 0) return false;
    const words = this.sentenceWords;
    const first = witness.charCodeAt(0);
    for (let at = 0; at < words.length; at += 2) {
      const start = words[at] ?? 0;
      const end = words[at + 1] ?? 0;
      if (text.charCodeAt(start) !== first || Math.abs(end - start - witness.length) > slips) {
        continue;
      }
      if (editDistance(text.slice(start, end), witness, slips) <= slips) return true;
    }
    return false;
  }
}

/**
 * Whether `text` has a word starting with `start` ("ally" in "allies", not in "usually"): what
 * a context rule's word, whole or as a prefix, needs at the least.
 */
function startsAWord(text: string, start: string): boolean {
  return wordStarts(text, start).length > 0;
}

/**
 * Whether `text` has `word` as a whole word, or followed by an ending of any language ("de",
 * "des"; "war", "wars"): looser than the vocabulary, which asks for an ending of the word's own.
 */
function holdsWholeWord(text: string, word: string): boolean {
  return wordStarts(text, word).some((at) => {
    let end = at + word.length;
    while (end < text.length && isLetterOrDigit(text.charCodeAt(end))) end++;
    return isInflectionOf({ word: text.slice(at, end), base: word });
  });
}

/** Where words of `text` start with `start`. */
function wordStarts(text: string, start: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
    if (at === 0 || !isLetterOrDigit(text.charCodeAt(at - 1))) found.push(at);
  }
  return found;
}
