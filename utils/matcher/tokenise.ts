/**
 * Words of a normalised text with their offsets, and where sentences break. Phrases only match
 * inside one sentence; a hyphen between two words is remembered so that "trip-wire" can be read
 * as "tripwire" when the knowledge base knows that word.
 *
 * A hand-written scan over a character table rather than a regular expression: it runs over
 * every character of every page, and it makes no string for a word until someone asks.
 */
export class Tokens {
  /** Offsets of each word in the normalised text. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Sentence number of each word; phrases never cross sentences. */
  readonly sentences: number[] = [];
  /** `hyphenated[i]`: word `i` is joined to word `i - 1` by a hyphen and nothing else. */
  readonly hyphenated: boolean[] = [];

  constructor(readonly text: string) {}

  get count(): number {
    return this.starts.length;
  }

  /** Word `i` as text. */
  word(i: number): string {
    return this.text.slice(this.starts[i] ?? 0, this.ends[i] ?? 0);
  }

  /** Every word as text (for phrases and context words, which are short). */
  get words(): string[] {
    return this.starts.map((_, i) => this.word(i));
  }
}

const WORD = 1;
const APOSTROPHE = 2;
const SENTENCE_END = 3;
const HYPHEN = 4;
const OTHER = 5;
const DOT = 46;

/** Character classes, filled on first sight (0: not looked at yet). */
const classes = new Uint8Array(65536);
const letterOrDigit = /[\p{L}\p{N}]/u;

function classOf(code: number): number {
  const known = classes[code] ?? 0;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  let found = OTHER;
  if (letterOrDigit.test(char)) found = WORD;
  else if (char === "'") found = APOSTROPHE;
  else if ('.!?;:'.includes(char)) found = SENTENCE_END;
  else if (char === '-') found = HYPHEN;
  classes[code] = found;
  return found;
}

/** Whether a UTF-16 code unit is a letter or a digit (what words are made of). */
export function isLetterOrDigit(code: number): boolean {
  return (classes[code] || classOf(code)) === WORD;
}

/**
 * Walks the words of a text one at a time, making no array and no string: the matcher's quick
 * look at every paragraph (most hold nothing to find) and `tokenise` share it.
 */
export class WordCursor {
  private text = '';
  private position = 0;
  private previousLength = 0;
  /** The current word: `[start, end)` of the text. */
  start = 0;
  end = 0;
  /** Sentence number of the current word; phrases never cross sentences. */
  sentence = 0;
  /** The current word is joined to the previous one by a hyphen and nothing else. */
  hyphenated = false;
  /** Words read so far, the current one included. */
  count = 0;

  /** Starts over on `text`. */
  reset(text: string): this {
    this.text = text;
    this.position = 0;
    this.previousLength = 0;
    this.start = 0;
    this.end = 0;
    this.sentence = 0;
    this.hyphenated = false;
    this.count = 0;
    return this;
  }

  /** Moves to the next word; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    let gapHasBreak = false;
    let gapIsOneHyphen = false;
    let gapLength = 0;
    let i = this.position;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const kind = classes[code] || classOf(code);
      if (kind === WORD) break;
      // A dot right after a one-letter word is an abbreviation ("U.S.", "e.g."), no break.
      if (
        kind === SENTENCE_END &&
        !(code === DOT && this.previousLength === 1 && gapLength === 0)
      ) {
        gapHasBreak = true;
      }
      gapIsOneHyphen = gapLength === 0 && kind === HYPHEN;
      gapLength++;
      i++;
    }
    if (i >= text.length) {
      this.position = i;
      return false;
    }
    let start = i;
    let end = i + 1;
    let apostrophe = false;
    // Letters and digits, with apostrophes inside ("зв'язку", "nato's", "l'article").
    while (end < text.length) {
      const nextCode = text.charCodeAt(end);
      const next = classes[nextCode] || classOf(nextCode);
      if (next === WORD) end++;
      else if (next === APOSTROPHE && classOf(text.charCodeAt(end + 1)) === WORD) {
        apostrophe = true;
        end += 2;
      } else break;
    }
    this.position = end;
    if (apostrophe) {
      start += elisionLength(text, start, end);
      // English possessive: "Ukraine's security" reads as "Ukraine security".
      if (end - start > 2 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) === 39)
        end -= 2;
    }
    if (this.count > 0 && gapHasBreak) this.sentence++;
    this.count++;
    this.hyphenated = this.count > 1 && gapIsOneHyphen && gapLength === 1;
    this.start = start;
    this.end = end;
    this.previousLength = end - start;
    return true;
  }
}

export function tokenise(text: string): Tokens {
  const tokens = new Tokens(text);
  const cursor = new WordCursor().reset(text);
  while (cursor.next()) {
    tokens.starts.push(cursor.start);
    tokens.ends.push(cursor.end);
    tokens.sentences.push(cursor.sentence);
    tokens.hyphenated.push(cursor.hyphenated);
  }
  return tokens;
}

// Elision: "l'article", "dell'articolo" are two words; the first is dropped.
function elisionLength(text: string, start: number, end: number): number {
  const apostrophe = text.indexOf("'", start);
  if (apostrophe < 0 || apostrophe >= end - 1 || apostrophe - start > 5) return 0;
  if (!elidedWords.has(text.slice(start, apostrophe))) return 0;
  return isLatinLetter(text.charCodeAt(apostrophe + 1)) ? apostrophe + 1 - start : 0;
}

// Words written without their vowel before one that starts with a vowel: French ("l'article",
// "d'un", "qu'il") and Italian ("dell'articolo", "all'Ucraina", "sull'Alleanza", "un'altra").
const elidedWords = new Set(
  'c d j l m n s t qu jusqu lorsqu puisqu dell dall nell sull all coll pell quell un'.split(' '),
);

function isLatinLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
