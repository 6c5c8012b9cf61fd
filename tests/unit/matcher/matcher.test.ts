// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type ConceptMatch, createMatcher } from '../../../utils/matcher/index';
import { sampleEntries } from './sample-entries';

const matcher = createMatcher({ entries: sampleEntries });

/** "entry-id: marked text" for each match, for readable expectations. */
function marks(text: string, pageText?: string): string[] {
  return matcher
    .findConcepts({ text, pageText })
    .map((match: ConceptMatch) => `${match.entryId}: ${text.slice(match.start, match.end)}`);
}

describe('findConcepts: what it returns', () => {
  it('gives the entry, the original offsets, the score, the phrase and its language', () => {
    const text = 'Kyiv wants “Security   Guarantees” now.';
    expect(matcher.findConcepts({ text })).toEqual([
      {
        entryId: 'security-guarantees',
        start: 12,
        end: 33,
        score: 1,
        phrase: 'security guarantees',
        language: 'en',
      },
    ]);
    expect(matcher.findConcepts({ text: 'Київ хоче гарантій безпеки.' })).toEqual([
      expect.objectContaining({ entryId: 'security-guarantees', language: 'uk' }),
    ]);
  });

  it('finds nothing in text without concepts, and in empty text', () => {
    expect(marks('The weather in Kyiv was mild on Tuesday.')).toEqual([]);
    expect(marks('')).toEqual([]);
  });

  it('finds every occurrence, in text order', () => {
    expect(marks('A ceasefire in Ukraine, then another ceasefire.')).toEqual([
      'ceasefire: ceasefire',
      'ceasefire: ceasefire',
    ]);
  });
});

describe('findConcepts: inflection per language', () => {
  it.each([
    ['en', 'a security guarantee for Kyiv', 'security guarantee'],
    ['de', 'Die Sicherheitsgarantien für die Ukraine', 'Sicherheitsgarantien'],
    ['fr', 'des garanties de sécurité', 'garanties de sécurité'],
    ['fr', 'une garantie de sécurité', 'garantie de sécurité'],
    ['uk', 'Щодо гарантій безпеки для України', 'гарантій безпеки'],
    ['uk', 'з гарантіями безпеки', 'гарантіями безпеки'],
    ['ru', 'станут частью гарантий безопасности', 'гарантий безопасности'],
    ['ru', 'о гарантиях безопасности', 'гарантиях безопасности'],
    ['pl', 'wypracowanie gwarancji bezpieczeństwa', 'gwarancji bezpieczeństwa'],
    ['pl', 'najsilniejszą gwarancją bezpieczeństwa', 'gwarancją bezpieczeństwa'],
  ])('%s: %s', (_language, text, marked) => {
    expect(marks(text)).toEqual([`security-guarantees: ${marked}`]);
  });

  it('inflects German, Russian and Polish phrases of other entries', () => {
    expect(marks('eine Koalition der Willigen')).toEqual([
      'coalition-of-the-willing: Koalition der Willigen',
    ]);
    expect(marks('в статье 5 устава НАТО')).toEqual(['nato-article-5: статье 5']);
  });

  it('inflects Polish phrases: koalicji chętnych, zawieszenia broni', () => {
    expect(marks('szczyt "koalicji chętnych" w Paryżu')).toEqual([
      'coalition-of-the-willing: koalicji chętnych',
    ]);
    expect(marks('warunki zawieszenia broni na Ukrainie')).toEqual([
      'ceasefire: zawieszenia broni',
    ]);
  });

  it('does not inflect into other words: "guard" is no form of "guarantee"', () => {
    expect(marks('the security guard at the NATO summit in Kyiv')).toEqual([]);
  });
});

describe('findConcepts: spelling variants', () => {
  it('reads hyphenated and joined spellings alike', () => {
    expect(marks('a trip-wire force')).toEqual(['tripwire-force: trip-wire force']);
    expect(marks('acts as a tripwire')).toEqual(['tripwire-force: tripwire']);
    expect(marks('a cease-fire in Ukraine')).toEqual(['ceasefire: cease-fire']);
    expect(marks('a cease fire in Ukraine')).toEqual(['ceasefire: cease fire']);
    expect(marks('Sicherheits-Garantien')).toEqual(['security-guarantees: Sicherheits-Garantien']);
  });

  it('reads every form of an article reference', () => {
    for (const text of ['NATO’s Article V', 'NATO Art. 5', 'NATO’s Article Five']) {
      expect(marks(text)).toHaveLength(1);
    }
    expect(marks('НАТО: пятая статья')).toEqual(['nato-article-5: пятая статья']);
  });

  it('reads German compounds that start with a long phrase word', () => {
    expect(marks('Die Waffenruheverhandlungen in der Ukraine')).toEqual([
      'ceasefire: Waffenruheverhandlungen',
    ]);
    expect(marks('Die Waffenruhsamkeit in der Ukraine')).toEqual([]);
  });

  it('lets a "…" phrase stand a few words apart, in one sentence', () => {
    expect(marks('NATO cannot guarantee Ukraine’s security')).toEqual([
      'security-guarantees: guarantee Ukraine’s security',
    ]);
    expect(marks('NATO will guarantee. Security is another matter')).toEqual([]);
    expect(marks('NATO will guarantee the future and the prosperity and the security')).toEqual([]);
  });
});

describe('findConcepts: context rules', () => {
  it('requires context words in the paragraph', () => {
    expect(marks('Article 5 of the alliance')).toEqual(['nato-article-5: Article 5']);
    expect(marks('Article 5 sets out the principles for processing data.')).toEqual([]);
  });

  it('rejects on words near the phrase only, with `within`', () => {
    expect(marks('NATO cited Article 5 of the GDPR')).toEqual([]);
    expect(
      marks('NATO cited Article 5. Much later in the paragraph the GDPR came up again.'),
    ).toEqual(['nato-article-5: Article 5']);
  });

  it('rejects a phrase inside a longer one with `within: 0`', () => {
    expect(marks('The North Atlantic Treaty Organization met.')).toEqual([]);
    expect(marks('The North Atlantic Treaty was signed in 1949.')).toEqual([
      'washington-treaty: North Atlantic Treaty',
    ]);
    expect(marks('Social Security guarantees pensions')).toEqual([]);
  });

  it('matches context words by prefix when they end in *', () => {
    expect(marks('Ukrainians hope the ceasefire holds')).toEqual(['ceasefire: ceasefire']);
  });

  it('looks for `scope: page` words on the whole page', () => {
    expect(marks('The ceasefire holds.')).toEqual([]);
    expect(marks('The ceasefire holds.', 'Russia and Ukraine. The ceasefire holds.')).toEqual([
      'ceasefire: ceasefire',
    ]);
  });

  it('never rejects on the page, only in the paragraph', () => {
    expect(
      marks('The ceasefire in Ukraine holds.', 'Gaza news. The ceasefire in Ukraine holds.'),
    ).toEqual(['ceasefire: ceasefire']);
    expect(marks('The ceasefire in Gaza, unlike Ukraine, holds.')).toEqual([]);
  });

  it('accepts the text of a treaty article with its second half nearby', () => {
    expect(marks('An attack on one is treated as an attack on all.')).toEqual([
      'nato-article-5: attack on one',
    ]);
    expect(marks('An attack on one server can take down the network.')).toEqual([]);
  });
});

describe('findConcepts: overlaps', () => {
  it('keeps the longest phrase of an entry and nested phrases of other entries', () => {
    expect(marks('the Budapest Memorandum on Security Assurances of 1994')).toEqual([
      'budapest-memorandum: Budapest Memorandum on Security Assurances',
      'security-assurances: Security Assurances',
    ]);
  });

  it('never returns two overlapping matches of one entry', () => {
    const matches = matcher.findConcepts({
      text: 'Kyiv: security guarantees, guarantees of security',
    });
    const own = matches.filter((m) => m.entryId === 'security-guarantees');
    expect(own).toHaveLength(2);
    expect((own[0]?.end ?? 0) <= (own[1]?.start ?? 0)).toBe(true);
  });
});

describe('findConcepts: near misses', () => {
  it('finds misspelt phrases around a word written right, with a lower score', () => {
    const [match] = matcher.findConcepts({ text: 'Kyiv wants security guarentees' });
    expect(match?.entryId).toBe('security-guarantees');
    expect(match?.score).toBeLessThan(1);
    expect(marks('the Budapest Memorandom')).toEqual(['budapest-memorandum: Budapest Memorandom']);
    expect(marks('the coalition of the wiling')).toEqual([
      'coalition-of-the-willing: coalition of the wiling',
    ]);
  });

  it('does not take other words for slips', () => {
    expect(marks('a security guard')).toEqual([]);
    expect(marks('security assistance')).toEqual([]);
    expect(marks('the coalition of the killing fields')).toEqual([]);
  });

  it('can be turned off', () => {
    const exactOnly = createMatcher({ entries: sampleEntries, options: { nearMisses: false } });
    expect(exactOnly.findConcepts({ text: 'Kyiv wants security guarentees' })).toEqual([]);
  });
});
