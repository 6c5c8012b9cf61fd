// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { romanValue } from '../../../utils/matcher/article-references';
import { normaliseText, toOriginalRange } from '../../../utils/matcher/normalise';

const normalised = (text: string) => normaliseText(text).text;

/** The original text behind normalised `[start, end)`. */
function originalOf(text: string, start: number, end: number): string {
  const range = toOriginalRange({ normalised: normaliseText(text), start, end });
  return text.slice(range.start, range.end);
}

describe('normaliseText: characters', () => {
  it('lowers case in every script', () => {
    expect(normalised('NATO Sicherheitsgarantien УКРАЇНА')).toBe(
      'nato sicherheitsgarantien украіна',
    );
  });

  it('drops diacritics, including Cyrillic й, ё, ї and Polish ł', () => {
    expect(normalised('sécurité Einflusssphäre')).toBe('securite einflusssphare');
    expect(normalised('гарантій безпеки, ещё, Київ')).toBe('гарантіи безпеки, еще, киів');
    expect(normalised('członkostwo, gwarancją, Ł')).toBe('czlonkostwo, gwarancja, l');
  });

  it('expands letters that stand for two (ß, æ, œ) and compatibility forms (ligatures, full width)', () => {
    expect(normalised('Straße Œuvre ﬁnal ＮＡＴＯ')).toBe('strasse oeuvre final nato');
  });

  it('makes every dash and hyphen a hyphen-minus', () => {
    expect(normalised('Article 5–type trip‑wire — force')).toBe('article5-type trip-wire - force');
  });

  it('makes every double quote one kind, every apostrophe another', () => {
    expect(normalised('“coalition” «коаліція» „Willigen“')).toBe(
      '"coalition" "коаліція" "willigen"',
    );
    expect(normalised('Ukraine’s zv‘yazok ʼ `x´')).toBe("ukraine's zv'yazok ' 'x'");
  });

  it('collapses whitespace of any kind to one space', () => {
    expect(normalised('security\u00a0\u2009 guarantees\n\t for')).toBe('security guarantees for');
  });

  it('removes invisible characters that split words (soft hyphen, zero-width space)', () => {
    expect(normalised('guar\u00adantees se\u200bcurity')).toBe('guarantees security');
  });

  it('keeps the place of a lone surrogate with the replacement character', () => {
    expect(normalised('a\ud800b')).toBe('a\ufffdb');
  });
});

describe('normaliseText: article references', () => {
  it.each([
    ['Article 5', 'article5'],
    ['article V', 'article5'],
    ['Art. 5', 'article5'],
    ['Art. V', 'article5'],
    ['Art 5', 'article5'],
    ['Article Five', 'article5'],
    ['Article IV', 'article4'],
    ['Artikel 5', 'article5'],
    ['Artikel fünf', 'article5'],
    ["l'article 5", "l'article5"],
    ['artykułu 5', 'article5'],
    ['art. 5', 'article5'],
    ['Artigo 4', 'article4'],
    ['articolo 5', 'article5'],
    ['Articolul 5', 'article5'],
    ['articolului 4', 'article4'],
    ['статья 5', 'article5'],
    ['статьи 5', 'article5'],
    ['ст. 5', 'article5'],
    ['5 статье', 'article5'],
    ['5-я статья', 'article5'],
    ['пятая статья', 'article5'],
    ['стаття 5', 'article5'],
    ["п'ята стаття", 'article5'],
    ['четвертої статті', 'article4'],
  ])('%s → %s', (text, expected) => {
    expect(normalised(text)).toBe(expected);
  });

  it('keeps the suffixes after the number: "Article 5-like", "Article V’s"', () => {
    expect(normalised('Article 5-like')).toBe('article5-like');
    expect(normalised('Article V’s meaning')).toBe("article5's meaning");
  });

  it('names each article of a list', () => {
    expect(normalised('Articles 4 and 5')).toBe('article4 and article5');
    expect(normalised('artykuły 4 i 5')).toBe('article4 i article5');
    expect(normalised('Articles IV and V')).toBe('article4 and article5');
  });

  it('keeps "Article 51" apart from "Article 5" and reads "5(2)" as article 5', () => {
    expect(normalised('Article 51 of the UN Charter')).toBe('article51 of the un charter');
    expect(normalised('article 5(2)')).toBe('article5(2)');
  });

  it('leaves words that only look like references alone', () => {
    expect(normalised('pop art in Paris')).toBe('pop art in paris');
    expect(normalised('art v. life')).toBe('art v. life');
    expect(normalised('an article five years ago')).toBe('an article five years ago');
    expect(normalised('Article 5 and I think')).toBe('article5 and i think');
    expect(normalised('he wrote 5 articles')).toBe('he wrote 5 articles');
  });

  it('reads Roman numerals written the canonical way only', () => {
    expect(romanValue('iv')).toBe(4);
    expect(romanValue('xiv')).toBe(14);
    expect(romanValue('iiii')).toBeUndefined();
    expect(romanValue('vx')).toBeUndefined();
  });
});

describe('normaliseText: map back to the original', () => {
  it('maps folded characters to their source, across collapsed spaces', () => {
    expect(originalOf('  Sécurité', 1, 9)).toBe('Sécurité');
  });

  it('maps a canonical article to the whole reference', () => {
    const text = 'NATO’s Art. V clause';
    const start = normalised(text).indexOf('article5');
    expect(originalOf(text, start, start + 'article5'.length)).toBe('Art. V');
  });

  it('maps an expanded letter to its one source character', () => {
    const text = 'Straße';
    expect(originalOf(text, 4, 6)).toBe('ß');
  });

  it('maps across removed invisible characters', () => {
    const text = 'guar\u00adantees';
    expect(originalOf(text, 0, normalised(text).length)).toBe(text);
  });

  it('maps astral characters to both UTF-16 units', () => {
    const text = '𝐍𝐀𝐓𝐎 x';
    expect(normalised(text)).toBe('nato x');
    expect(originalOf(text, 0, 4)).toBe('𝐍𝐀𝐓𝐎');
  });

  it('maps an empty range to a point', () => {
    expect(toOriginalRange({ normalised: normaliseText('abc'), start: 1, end: 1 })).toEqual({
      start: 1,
      end: 1,
    });
  });
});
