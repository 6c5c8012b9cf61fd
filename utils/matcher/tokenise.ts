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

export function tokenise(text: string): Tokens {
  const tokens = new Tokens(text);
  let sentence = 0;
  let gapHasBreak = false;
  let gapIsOneHyphen = false;
  let gapLength = 0;
  let previousLength = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const kind = classes[code] || classOf(code);
    if (kind !== WORD) {
      // A dot right after a one-letter word is an abbreviation ("U.S.", "e.g."), no break.
      if (kind === SENTENCE_END && !(code === DOT && previousLength === 1 && gapLength === 0)) {
        gapHasBreak = true;
      }
      gapIsOneHyphen = gapLength === 0 && kind === HYPHEN;
      gapLength++;
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    // Letters and digits, with apostrophes inside ("зв'язку", "nato's", "l'article").
    while (end < text.length) {
      const nextCode = text.charCodeAt(end);
      const next = classes[nextCode] || classOf(nextCode);
      if (next === WORD) end++;
      else if (next === APOSTROPHE && classOf(text.charCodeAt(end + 1)) === WORD) end += 2;
      else break;
    }
    i = end;
    start += elisionLength(text, start, end);
    // English possessive: "Ukraine's security" reads as "Ukraine security".
    if (end - start > 2 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) === 39)
      end -= 2;
    if (tokens.count > 0 && gapHasBreak) sentence++;
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.sentences.push(sentence);
    tokens.hyphenated.push(tokens.count > 1 && gapIsOneHyphen && gapLength === 1);
    gapHasBreak = false;
    gapIsOneHyphen = false;
    gapLength = 0;
    previousLength = end - start;
  }
  return tokens;
}

// French elision: "l'article", "d'un", "qu'il" are two words; the first is dropped.
function elisionLength(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (first === 113 && text.charCodeAt(start + 1) === 117 && text.charCodeAt(start + 2) === 39) {
    return start + 3 < end && isLatinLetter(text.charCodeAt(start + 3)) ? 3 : 0;
  }
  if (text.charCodeAt(start + 1) !== 39 || !'cdjlmnst'.includes(String.fromCharCode(first)))
    return 0;
  return start + 2 < end && isLatinLetter(text.charCodeAt(start + 2)) ? 2 : 0;
}

function isLatinLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
