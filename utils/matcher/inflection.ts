import type { Language } from '../../knowledge/types';
import { foldCharacters } from './fold-characters';

/**
 * Word endings per language, so that a phrase written once in the knowledge base matches its
 * inflected forms: "гарантії безпеки" also finds "гарантій безпеки" and "гарантіями безпеки",
 * "gwarancje bezpieczeństwa" finds "gwarancji bezpieczeństwa", "Sicherheitsgarantie" finds
 * "Sicherheitsgarantien", "guarantee" finds "guarantees"/"guaranteed", "concesii teritoriale"
 * finds "concesiile teritoriale".
 *
 * Light suffix stripping instead of a full stemmer (Snowball would add tens of kilobytes to the
 * content script): a phrase word registers every stem it can have (word minus a listed ending);
 * a page word matches when it is one of those stems plus an ending of the same language. Stems
 * keep at least three letters, so short words ("war", "НАТО", "na") only match themselves.
 */
const rawEndings: Record<Language, string> = {
  en: 's es ed d ing',
  de: 'e en n s es er ern em ens',
  fr: 's x e es',
  pl: 'a e i o u y ą ę ia ie ii io iu ią ię em om ów owi owie ach ami ego emu ej ym ymi im imi ich ych iej iego iemu',
  ru: 'а я о е ы и у ю ь ой ей ий ый ом ем ам ям ах ях ами ями ов ев ая яя ое ее ые ие ого его ому ему ым им ых их ую юю ою ею ью ия ию ием иям иях иями',
  uk: 'а я о е у ю і и ь ою ею ям ах ях ами ями ів їв ей ий ій ого ому ої ім им ими их іх ую юю ія ії ію ією іям іях іями ові еві',
  // Portuguese: plural and gender ("garantia"/"garantias", "russo"/"russa"), -ão/-ões/-ães
  // ("concessão"/"concessões"), -al/-ais ("territorial"/"territoriais").
  pt: 's es a as o os ão ãos ões ães al ais',
  // Spanish: plural and gender ("garantía"/"garantías", "territorial"/"territoriales").
  es: 's es a as o os',
  // Italian: gender and number ("garanzia"/"garanzie", "concessione"/"concessioni").
  it: 'a e i o',
  // Romanian: number, case and the definite article written on the end of the word
  // ("concesie"/"concesii"/"concesiile"/"concesiilor", "acord"/"acordul"/"acordului",
  // "forță"/"forțele"/"forțelor", "încetare"/"încetarea"/"încetării"); "ă" is folded to "a".
  ro: 'a e i u ul ului le lor ii ei ea ile ilor ele elor uri',
};

export const languages = Object.keys(rawEndings) as Language[];

const minimumStemLength = 3;

/** Endings of each language, folded like the text they are cut from. */
export const endingsByLanguage: Record<Language, Set<string>> = Object.fromEntries(
  languages.map((language) => [
    language,
    new Set(rawEndings[language].split(' ').map((ending) => foldCharacters(ending).text)),
  ]),
) as Record<Language, Set<string>>;

/** The longest ending in any language; a page word is cut at most this far from its end. */
export const longestEnding = Math.max(
  ...languages.flatMap((language) => [...endingsByLanguage[language]].map((e) => e.length)),
);

/** Every stem a phrase word can have in its language, the word itself first. */
export function stemsOf({ word, language }: { word: string; language: Language }): string[] {
  const stems = [word];
  if (/\d/.test(word)) return stems;
  const endings = endingsByLanguage[language];
  for (
    let cut = word.length - 1;
    cut >= minimumStemLength && word.length - cut <= longestEnding;
    cut--
  ) {
    if (endings.has(word.slice(cut))) stems.push(word.slice(0, cut));
  }
  return stems;
}

/** Whether `ending` is a word ending of `language` (the empty ending always is). */
export function isEnding({ ending, language }: { ending: string; language: Language }): boolean {
  return ending === '' || endingsByLanguage[language].has(ending);
}

/** Whether `word` is `base` plus an ending of any language: for context words, language-free. */
export function isInflectionOf({ word, base }: { word: string; base: string }): boolean {
  if (!word.startsWith(base)) return false;
  const ending = word.slice(base.length);
  return ending === '' || languages.some((language) => endingsByLanguage[language].has(ending));
}
