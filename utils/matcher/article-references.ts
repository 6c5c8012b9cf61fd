import { type NormalisedText, NormalisedTextBuilder } from './normalised-text';
import { isLetterOrDigit } from './tokenise';

/**
 * Rewrites references to a treaty article into one canonical word, `article5`, whatever their
 * shape: "Article 5", "Art. V", "Article Five", "articles 4 and 5", "Artikel 5", "artykułu 5",
 * "статья 5", "5 статье", "пятая статья". One word, so that "Article 4, paragraph 5" can never
 * read as "Article 5", and so that "Article 51" stays a different article.
 *
 * Runs on folded text (lower case, no diacritics: "artykul", "пятои").
 */
export function canonicaliseArticleReferences(folded: NormalisedText): NormalisedText {
  const text = folded.text;
  if (!mayMentionArticle.test(text)) return folded;
  const spans = findArticleNumbers(text);
  if (spans.length === 0) return folded;

  const out = new NormalisedTextBuilder(text.length + 16);
  let copied = 0;
  for (const span of spans) {
    copyRange(out, folded, copied, span.start);
    const start = folded.starts[span.start] ?? 0;
    const end = folded.ends[span.end - 1] ?? start;
    out.pushString(`article${span.number}`, start, end);
    copied = span.end;
  }
  copyRange(out, folded, copied, text.length);
  return out.build(folded.originalLength);
}

/** The text of `canonicaliseArticleReferences` alone, for text folded without offsets. */
export function canonicaliseArticleText(folded: string): string {
  if (!mayMentionArticle.test(folded)) return folded;
  let out = '';
  let copied = 0;
  for (const span of findArticleNumbers(folded)) {
    out += `${folded.slice(copied, span.start)}article${span.number}`;
    copied = span.end;
  }
  return out + folded.slice(copied);
}

interface ArticleNumberSpan {
  /** Range in the folded text replaced by `article<number>`. */
  start: number;
  end: number;
  number: number;
}

function copyRange(out: NormalisedTextBuilder, from: NormalisedText, start: number, end: number) {
  for (let i = start; i < end; i++) {
    out.push(from.text.charCodeAt(i), from.starts[i] ?? 0, from.ends[i] ?? 0);
  }
}

/** A quick test that skips the full patterns for the many texts that name no article. */
const mayMentionArticle =
  /(?:art|ст)[a-zа-яі]{0,8}\.? ?(?:\d|[ivx]{1,5}(?![a-z])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|sept|huit|neuf|dix)|\d(?:-[а-яі]{1,3})? стат|(?:пят|п'ят|четверт)[а-яі]{1,3} стат/;

// Words for "article" in the languages the matcher reads (and Portuguese/Spanish/Italian,
// which news pages quote often), after folding.
const articleWords = [
  'articles?',
  'artikel(?:s|n)?',
  'artykul(?:u|e|em|y|ow|ami|ach)?',
  'artigos?',
  'articulos?',
  // Italian articolo/articoli, Romanian articol/articolul/articolului/articolele.
  'articol(?:o|i|ul|ului|ele|elor)?',
  'стать(?:я|и|е|ю|еи|ям|ях|ями)',
  'стат(?:тя|ті|тю|тею|тях|тями)',
];
const cyrillicArticleWords = articleWords.slice(-2).join('|');

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};

// "an article five years ago" is no article: a spelled-out number followed by a unit counts.
const notACount = '(?! (?:years?|days?|weeks?|months?|hours?|minutes?|times?|pages?|people))';
const numberPattern = `\\d{1,3}|[ivx]{1,5}|(?:${Object.keys(numberWords).join('|')})${notACount}`;

// No Unicode property classes and no lookbehind here: V8 takes tens of milliseconds to compile
// and warm up such patterns, paid at every content-script start. Word edges are checked in code.

/** "Article 5", "Art. V", "ст. 5": the word, an optional dot, then the number. */
const wordThenNumber = new RegExp(
  `(${articleWords.join('|')}|art|ст)(\\.?) ?(${numberPattern})`,
  'g',
);

/** "5 статье", "5-я статья", "пятая статья": Russian and Ukrainian also put the number first. */
const numberThenWord = new RegExp(
  `(?:(\\d{1,3})(?:-[а-яі]{1,3})?|(пят|п'ят|четверт)[а-яі]{1,3}) (?:${cyrillicArticleWords})`,
  'g',
);

/** Further numbers of a list: "articles 4 and 5", "Artikel 4 und 5", "статьи 4 и 5". */
const listContinuation =
  / ?(?:,|-|and|und|et|or|oder|ou|i|lub|и|і|та|или|або) ?(\d{1,3}|[ivx]{1,5})/y;

/** Whether `[start, end)` of `text` is whole words: no letter or digit touches it. */
function standsAlone(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !isLetterOrDigit(text.charCodeAt(start - 1))) &&
    (end >= text.length || !isLetterOrDigit(text.charCodeAt(end)))
  );
}

const ordinalStems: Record<string, number> = { пят: 5, "п'ят": 5, четверт: 4 };

function findArticleNumbers(text: string): ArticleNumberSpan[] {
  const spans: ArticleNumberSpan[] = [];
  for (const found of text.matchAll(wordThenNumber)) {
    const [whole, word = '', dot = '', numberText = ''] = found;
    if (!standsAlone(text, found.index, found.index + whole.length)) continue;
    const number = readNumber({ numberText, word, dot });
    if (number === undefined) continue;
    spans.push({ start: found.index, end: found.index + whole.length, number });
    // A list goes on with bare numbers; each names an article of its own.
    listContinuation.lastIndex = found.index + whole.length;
    for (let next = listContinuation.exec(text); next; next = listContinuation.exec(text)) {
      const itemText = next[1] ?? '';
      const itemEnd = next.index + next[0].length;
      if (!standsAlone(text, itemEnd - itemText.length, itemEnd)) break;
      // Same kind of number as the first, so "Article 5 and I think" adds no article 1.
      if (/\d/.test(itemText) !== /\d/.test(numberText)) break;
      const item = readNumber({ numberText: itemText, word: 'article', dot: '' });
      if (item === undefined) break;
      spans.push({ start: itemEnd - itemText.length, end: itemEnd, number: item });
    }
  }
  for (const found of text.matchAll(numberThenWord)) {
    const [whole, digits, ordinal] = found;
    if (!standsAlone(text, found.index, found.index + whole.length)) continue;
    const number = digits ? Number(digits) : ordinalStems[ordinal ?? ''];
    if (number === undefined) continue;
    spans.push({ start: found.index, end: found.index + whole.length, number });
  }
  spans.sort((a, b) => a.start - b.start);
  // Keep the first of overlapping spans ("5 статья 4" cannot be both).
  const kept: ArticleNumberSpan[] = [];
  for (const span of spans) {
    if (span.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(span);
  }
  return kept;
}

function readNumber({
  numberText,
  word,
  dot,
}: {
  numberText: string;
  word: string;
  dot: string;
}): number | undefined {
  const abbreviation = word === 'art' || word === 'ст';
  if (/^\d+$/.test(numberText)) return Number(numberText);
  // "art v" without the dot is more often the noun "art" than an article.
  if (abbreviation && (word === 'ст' || dot === '')) return undefined;
  const named = numberWords[numberText];
  if (named !== undefined) return abbreviation ? undefined : named;
  return romanValue(numberText);
}

const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10 };

/** Value of a Roman numeral written the canonical way (i to xxxix), else undefined. */
export function romanValue(text: string): number | undefined {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanDigits[text[i] ?? ''];
    const next = romanDigits[text[i + 1] ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : undefined;
}

function toRoman(value: number): string {
  if (value <= 0) return '';
  const tens = 'x'.repeat(Math.floor(value / 10));
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][value % 10] ?? '';
  return tens + units;
}
