// @vitest-environment node
/**
 * Word endings of the optional languages (Portuguese, Spanish, Italian, Romanian): a phrase
 * written once finds its plural, gender and (in Romanian) definite-article forms, and the
 * endings stay with the language that owns them.
 */
import { describe, expect, it } from 'vitest';
import { languages as knowledgeLanguages } from '../../../knowledge/languages';
import { createMatcher, type MatchableEntry } from '../../../utils/matcher/index';
import {
  endingsByLanguage,
  isEnding,
  isInflectionOf,
  languages,
  longestEnding,
  stemsOf,
} from '../../../utils/matcher/inflection';
import { Vocabulary } from '../../../utils/matcher/vocabulary';

const entries: MatchableEntry[] = [
  {
    id: 'security-guarantees',
    topic: 'guarantees',
    phrases: {
      en: ['security guarantees'],
      pt: ['garantias de segurança'],
      es: ['garantías de seguridad'],
      it: ['garanzie di sicurezza'],
      ro: ['garanții de securitate'],
    },
  },
  {
    id: 'territorial-concessions',
    topic: 'negotiations',
    phrases: {
      en: ['territorial concessions'],
      pt: ['concessão territorial'],
      es: ['concesiones territoriales'],
      it: ['concessioni territoriali'],
      ro: ['concesii teritoriale'],
    },
  },
  {
    id: 'reassurance-force',
    topic: 'deterrence',
    phrases: {
      en: ['reassurance force'],
      pt: ['força multinacional'],
      it: ['forza multinazionale'],
      ro: ['forță de reasigurare'],
    },
  },
  {
    id: 'minerals-deal',
    topic: 'guarantees',
    phrases: { en: ['minerals deal'], ro: ['acordul privind mineralele'] },
  },
  {
    id: 'red-line',
    topic: 'deterrence',
    phrases: { en: ['red line'], ro: ['linie roșie'] },
  },
  {
    id: 'ceasefire',
    topic: 'negotiations',
    phrases: { en: ['ceasefire'], ro: ['încetarea focului', 'armistițiu'] },
  },
];

const matcher = createMatcher({ entries });

/** "entry-id: marked text" for each match, as in matcher.test.ts. */
function marks(text: string): string[] {
  return matcher
    .findConcepts({ text })
    .map((match) => `${match.entryId}: ${text.slice(match.start, match.end)}`);
}

describe('inflection: the optional languages', () => {
  it('has endings for every language of the knowledge base, and no other', () => {
    expect([...languages].sort()).toEqual([...knowledgeLanguages].sort());
    for (const language of ['pt', 'es', 'it', 'ro'] as const) {
      expect(endingsByLanguage[language].size).toBeGreaterThan(0);
    }
  });

  it('folds the endings like page text (ã, ă) and keeps them at most four letters', () => {
    expect(isEnding({ ending: 'oes', language: 'pt' })).toBe(true);
    expect(isEnding({ ending: 'ões', language: 'pt' })).toBe(false);
    expect(isEnding({ ending: 'ului', language: 'ro' })).toBe(true);
    expect(longestEnding).toBe(4);
  });

  it.each([
    ['pt', 'uma garantia de segurança', 'garantia de segurança'],
    ['pt', 'as concessões territoriais', 'concessões territoriais'],
    ['pt', 'forças multinacionais', 'forças multinacionais'],
    ['es', 'una garantía de seguridad', 'garantía de seguridad'],
    ['es', 'la concesión territorial', 'concesión territorial'],
    ['it', 'una garanzia di sicurezza', 'garanzia di sicurezza'],
    ['it', 'la concessione territoriale', 'concessione territoriale'],
    ['it', 'le forze multinazionali', 'forze multinazionali'],
    ['ro', 'garanțiile de securitate', 'garanțiile de securitate'],
    ['ro', 'garanțiilor de securitate', 'garanțiilor de securitate'],
    ['ro', 'Kievul respinge concesiile teritoriale', 'concesiile teritoriale'],
    ['ro', 'o concesie teritorială', 'concesie teritorială'],
    ['ro', 'forțele de reasigurare', 'forțele de reasigurare'],
    ['ro', 'forţei de reasigurare', 'forţei de reasigurare'],
    ['ro', 'acordului privind mineralele', 'acordului privind mineralele'],
    ['ro', 'liniile roșii ale Moscovei', 'liniile roșii'],
    ['ro', 'liniei roșii', 'liniei roșii'],
    ['ro', 'încetării focului', 'încetării focului'],
    ['ro', 'armistițiul de la Paris', 'armistițiul'],
    ['ro', 'armistițiului', 'armistițiului'],
  ])('%s: %s', (_language, text, marked) => {
    expect(marks(text).map((mark) => mark.split(': ')[1])).toEqual([marked]);
  });

  it('keeps stems of three letters or more, as for the core languages', () => {
    expect(stemsOf({ word: 'acordul', language: 'ro' })).toEqual(['acordul', 'acord']);
    expect(stemsOf({ word: 'paz', language: 'pt' })).toEqual(['paz']);
    expect(stemsOf({ word: 'rusa', language: 'es' })).toEqual(['rusa', 'rus']);
    expect(stemsOf({ word: 'foc', language: 'ro' })).toEqual(['foc']);
    expect(stemsOf({ word: 'article5', language: 'pt' })).toEqual(['article5']);
  });

  it('gives an ending only to words of its own language', () => {
    const vocabulary = Vocabulary.build([
      { word: 'line', language: 'en' },
      { word: 'linie', language: 'ro' },
    ]);
    // "-ile" is a Romanian ending ("liniile", the lines), "-s" an English one ("lines").
    expect(vocabulary.familyOf('liniile')).toBe(vocabulary.familyOf('linie'));
    expect(vocabulary.familyOf('lines')).toBe(vocabulary.familyOf('line'));
    // Neither lends its endings to the other language's word.
    expect(vocabulary.familyOf('lineul')).toBe(-1);
    expect(vocabulary.familyOf('linies')).toBe(-1);
  });

  it('reads context words with the endings of any language, Romanian articles included', () => {
    expect(isInflectionOf({ word: 'kievul', base: 'kiev' })).toBe(true);
    expect(isInflectionOf({ word: 'tratatului', base: 'tratat' })).toBe(true);
    expect(isInflectionOf({ word: 'ucraniano', base: 'ucrania' })).toBe(false);
  });
});
