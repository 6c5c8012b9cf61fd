import { type NormalisedText, NormalisedTextBuilder } from './normalised-text';

/**
 * Character-level normalisation: lower case, no diacritics, one kind of dash, quote and
 * apostrophe, single spaces, no invisible characters. Each output character keeps the range of
 * the original character it came from.
 *
 * Diacritics go because readers and writers drop them ("Sécurité"/"securite", "Kyïv"), and the
 * Cyrillic "й"/"ё"/"ї" fold with them; phrases are folded the same way, so both sides agree.
 */
export function foldCharacters(text: string): NormalisedText {
  const out = new NormalisedTextBuilder(text.length + 8);
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      emit(out, asciiFolds[code] ?? '', i, i + 1);
      i++;
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    const width = point > 0xffff ? 2 : 1;
    emit(out, foldCodePoint(point), i, i + width);
    i += width;
  }
  return out.build(text.length);
}

function emit(out: NormalisedTextBuilder, folded: string, start: number, end: number): void {
  for (let k = 0; k < folded.length; k++) {
    const code = folded.charCodeAt(k);
    // Runs of whitespace become one space, whatever produced them.
    if (code === 32 && out.lastCode() === 32) continue;
    out.push(code, start, end);
  }
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
setFold('\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u301d\u301e\u301f\uff02\u2033\u2036', '"');
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
  if (/\p{Cc}|\p{Cf}/u.test(char)) return REMOVED;
  const folded = char.normalize('NFKD').replace(combiningMarks, '').toLowerCase();
  return folded.normalize('NFKD').replace(combiningMarks, '');
}
