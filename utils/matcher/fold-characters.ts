import type { NormalisedText } from './normalised-text';

/**
 * Character-level normalisation: lower case, no diacritics, one kind of dash, quote and
 * apostrophe, single spaces, no invisible characters. Each output character keeps the range of
 * the original character it came from.
 *
 * Diacritics go because readers and writers drop them ("Sécurité"/"securite", "Kyïv"), and the
 * Cyrillic "й"/"ё"/"ї" fold with them; phrases are folded the same way, so both sides agree.
 */
export function foldCharacters(text: string): NormalisedText {
  const { folded, length } = fold(text, true);
  return {
    text: folded,
    starts: scratch.starts.slice(0, length),
    ends: scratch.ends.slice(0, length),
    originalLength: text.length,
  };
}

/** The text of `foldCharacters(text)` alone, without the offset map: the matcher's hot path. */
export function foldText(text: string): string {
  // Half of news text is plain printable ASCII with single spaces: the engine's own lower-casing
  // folds it, after a test that runs natively too.
  if (!text.includes('  ')) {
    if (plainAsciiText.test(text)) return text.toLowerCase();
    // Most of the rest is English with typographic quotes and dashes: still native work.
    if (asciiWithTypography.test(text)) {
      return text.toLowerCase().replace(typography, (char) => typographyFolds[char] ?? char);
    }
  }
  return fold(text, false).folded;
}

// Printable ASCII except the backtick, which folds to an apostrophe.
const plainAsciiText = /^[\x20-\x5f\x61-\x7e]*$/;
// Curly quotes and en/em dashes: each folds to one ASCII character that is no space.
const typographyFolds: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
};
const asciiWithTypography = /^[\x20-\x5f\x61-\x7e\u2018\u2019\u201c\u201d\u2013\u2014]*$/;
const typography = /[\u2018\u2019\u201c\u201d\u2013\u2014]/g;

function fold(text: string, withOffsets: boolean): { folded: string; length: number } {
  scratch.ensure(text.length + 16);
  let { codes, starts, ends } = scratch;
  let length = 0;
  let last = -1;
  // Printable ASCII with single spaces folds to its lower case: the engine does that faster.
  let plainAscii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const simple = code < simpleFolds.length ? simpleFoldOf(code) : COMPLEX;
    if (simple !== COMPLEX) {
      // Runs of whitespace become one space, whatever produced them.
      if (simple === 32 && last === 32) {
        plainAscii = false;
        continue;
      }
      if (code < 32 || code > 126 || code === BACKTICK) plainAscii = false;
      codes[length] = simple;
      if (withOffsets) {
        starts[length] = i;
        ends[length] = i + 1;
      }
      length++;
      last = simple;
      continue;
    }
    plainAscii = false;
    const point = text.codePointAt(i) ?? code;
    const width = point > 0xffff ? 2 : 1;
    const folded = foldCodePoint(point);
    // Room for this expansion and one character for each one still to come.
    if (length + folded.length + text.length - i > codes.length) {
      scratch.grow(length + folded.length + text.length - i);
      ({ codes, starts, ends } = scratch);
    }
    for (let k = 0; k < folded.length; k++) {
      const out = folded.charCodeAt(k);
      if (out === 32 && last === 32) continue;
      codes[length] = out;
      starts[length] = i;
      ends[length] = i + width;
      length++;
      last = out;
    }
    i += width - 1;
  }
  const folded = plainAscii ? text.toLowerCase() : decodeUtf16(codes.subarray(0, length));
  return { folded, length };
}

const BACKTICK = 96;

/**
 * Folds of the common characters (Latin, Greek, Cyrillic, punctuation), filled on first sight:
 * the folded character when it is exactly one, COMPLEX when it is none, several or needs a
 * look at the next code unit (surrogates). 0 means not looked at yet.
 */
const simpleFolds = new Uint16Array(0x3000);
const COMPLEX = 0xffff;

function simpleFoldOf(code: number): number {
  const known = simpleFolds[code] ?? 0;
  if (known !== 0) return known;
  const folded = code >= 0xd800 && code <= 0xdfff ? '' : foldCodePoint(code);
  const simple = folded.length === 1 ? folded.charCodeAt(0) : COMPLEX;
  simpleFolds[code] = simple === 0 ? COMPLEX : simple;
  return simpleFolds[code] ?? COMPLEX;
}

/** Reused buffers: one paragraph after another, no allocation per character. */
class Scratch {
  codes = new Uint16Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  ensure(size: number): void {
    if (this.codes.length >= size) return;
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }
  /** Grows to at least `size`, keeping the content. */
  grow(size: number): void {
    const { codes, starts, ends } = this;
    const next = Math.max(size, codes.length * 2);
    this.codes = new Uint16Array(next);
    this.codes.set(codes);
    this.starts = new Int32Array(next);
    this.starts.set(starts);
    this.ends = new Int32Array(next);
    this.ends.set(ends);
  }
}
// Folding rarely grows text (ß → ss); grow() covers the rest.
const scratch = new Scratch();

const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
function decodeUtf16(codes: Uint16Array): string {
  if (codes.length < 256) return String.fromCharCode.apply(null, codes as unknown as number[]);
  return decoder.decode(codes);
}

const SPACE = ' ';
const REMOVED = '';

/** Punctuation and letters that Unicode decomposition leaves alone but readers treat as one. */
const specialFolds = new Map<number, string>();
function setFold(chars: string, folded: string): void {
  for (const char of chars) specialFolds.set(char.codePointAt(0) ?? 0, folded);
}
// Soft hyphen, zero-width spaces and joiners, word joiner, byte order mark: invisible on screen,
// they split words in the page's text ("guar\u00ADantees").
setFold('\u00ad\u200b\u200c\u200d\u2060\ufeff', REMOVED);
setFold('\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a', SPACE);
setFold('\u2028\u2029\u202f\u205f\u3000\u0085', SPACE);
setFold('\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b', '-');
setFold(
  '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u301d\u301e\u301f\uff02\u2033\u2036',
  '"',
);
setFold('\u2018\u2019\u201a\u201b\u02bc\u02b9\u02bb\u0060\u00b4\u2032\u2035\uff07', "'");
setFold('łŁ', 'l');
setFold('ßẞ', 'ss');
setFold('æÆ', 'ae');
setFold('œŒ', 'oe');
setFold('øØ', 'o');
setFold('đĐðÐ', 'd');
setFold('þÞ', 'th');
setFold('ıİ', 'i');
setFold('ґҐ', 'г');

const asciiFolds: string[] = [];
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/\s/.test(char)) asciiFolds.push(SPACE);
  else if (code < 32 || code === 127) asciiFolds.push(REMOVED);
  else if (char === '`') asciiFolds.push("'");
  else asciiFolds.push(char.toLowerCase());
}

const foldCache = new Map<number, string>();
const combiningMarks = /\p{M}/gu;
const controlOrFormat = /\p{Cc}|\p{Cf}/u;
const whitespace = /\s/u;

/** The folded form of one code point (cached: pages repeat few distinct characters). */
function foldCodePoint(point: number): string {
  const cached = foldCache.get(point);
  if (cached !== undefined) return cached;
  let folded = foldOnce(point);
  // Decomposition can produce characters that fold further ("″" → "′′" → "''"); fold until
  // stable so that normalising twice changes nothing.
  for (let round = 0; round < 3; round++) {
    let next = '';
    for (const char of folded) {
      const p = char.codePointAt(0) ?? 0;
      next += p < 128 ? (asciiFolds[p] ?? '') : foldOnce(p);
    }
    if (next === folded) break;
    folded = next;
  }
  foldCache.set(point, folded);
  return folded;
}

function foldOnce(point: number): string {
  const special = specialFolds.get(point);
  if (special !== undefined) return special;
  // A lone surrogate is not text; keep its place with the replacement character.
  if (point >= 0xd800 && point <= 0xdfff) return '\ufffd';
  const char = String.fromCodePoint(point);
  if (whitespace.test(char)) return SPACE;
  if (controlOrFormat.test(char)) return REMOVED;
  const folded = char.normalize('NFKD').replace(combiningMarks, '').toLowerCase();
  return folded.normalize('NFKD').replace(combiningMarks, '');
}
