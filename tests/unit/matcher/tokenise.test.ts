// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../utils/matcher/normalise';
import { tokenise } from '../../../utils/matcher/tokenise';

const words = (text: string) => tokenise(normaliseText(text).text).words;

describe('tokenise', () => {
  it('splits on anything but letters and digits', () => {
    expect(words('NATO, (Article 5) — “guarantees”!')).toEqual(['nato', 'article5', 'guarantees']);
  });

  it('keeps apostrophes inside words (Ukrainian) but drops the English possessive', () => {
    expect(words("у зв'язку з п'ятою")).toEqual(['у', "зв'язку", 'з', "п'ятою"]);
    expect(words('Ukraine’s security, NATO’s door')).toEqual([
      'ukraine',
      'security',
      'nato',
      'door',
    ]);
  });

  it('drops Italian elided articles and prepositions', () => {
    expect(words("dell'articolo 5 all'Ucraina sull'Alleanza un'altra")).toEqual([
      'article5',
      'ucraina',
      'alleanza',
      'altra',
    ]);
    // Only known elided words: an apostrophe inside a word stays ("зв'язку", "o'brien").
    expect(words("O'Brien")).toEqual(["o'brien"]);
  });

  it('drops French elided articles', () => {
    expect(words("l'OTAN d'un cessez-le-feu qu'il")).toEqual([
      'otan',
      'un',
      'cessez',
      'le',
      'feu',
      'il',
    ]);
  });

  it('numbers sentences, not counting dots of abbreviations', () => {
    const tokens = tokenise(normaliseText('The U.S. agreed. Kyiv did not; Moscow: no').text);
    expect(tokens.words).toEqual(['the', 'u', 's', 'agreed', 'kyiv', 'did', 'not', 'moscow', 'no']);
    expect(tokens.sentences).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 3]);
  });

  it('marks words joined by a hyphen and nothing else', () => {
    const tokens = tokenise(normaliseText('trip-wire force - and Nato–Beitritt').text);
    expect(tokens.hyphenated).toEqual([false, true, false, false, false, true]);
  });
});
