// @vitest-environment node
/**
 * The matcher's second pass on the real knowledge base: concepts said in other words
 * (descriptions), the story a match stands in, short forms resolved from the paragraph or the
 * page, and a quick check that lets every new kind of pattern through. The sentences are written
 * for these tests (some after the examples of issue 15), not taken from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';
import { createMatcher, type MatchableEntry } from '../../../utils/matcher/index';
import { normaliseTextOnly } from '../../../utils/matcher/normalise';
import { buildPhraseIndexInSteps } from '../../../utils/matcher/phrase-index';
import { mayHoldCandidates } from '../../../utils/matcher/quick-check';
import { runToEnd } from '../../../utils/matcher/run-to-end';

const entries = loadKnowledgeBaseFromDisk().entries;
const matcher = createMatcher({ entries });
const ids = (text: string, pageText?: string) => [
  ...new Set(matcher.findConcepts({ text, pageText }).map((match) => match.entryId)),
];

describe('descriptions: the concept in other words', () => {
  it.each([
    [
      'Paris and London say their soldiers could be stationed in western Ukraine once the guns fall silent.',
      'boots-on-the-ground',
    ],
    [
      'Berlin will not dispatch a single soldier to Ukraine, the chancellor said.',
      'boots-on-the-ground',
    ],
    [
      'Moscow insists that Kyiv hand over the rest of the Donetsk region.',
      'territorial-concessions',
    ],
    ['Kyiv refuses to cede land its army still holds in Zaporizhzhia.', 'territorial-concessions'],
    ['Leaders stopped short of inviting Kyiv to join the alliance.', 'nato-membership-ukraine'],
    ["The summit said little about Ukraine's path to the Alliance.", 'nato-membership-ukraine'],
    [
      'NATO allies repeated that an attack on any member would be answered as an attack on all of them.',
      'nato-article-5',
    ],
    [
      "The fund set up by the April agreement on Ukraine's rare earths has its first projects.",
      'minerals-deal',
    ],
    ['Україна та США підписали угоду про надра.', 'minerals-deal'],
    [
      'Under the North Atlantic Treaty, each ally acts in line with its constitutional requirements.',
      'constitutional-processes',
    ],
    [
      'Die Bundesregierung will keine Soldaten in die Ukraine entsenden oder dort stationieren.',
      'boots-on-the-ground',
    ],
    ['Le Kremlin exige que Kiev cède des territoires dans le Donbass.', 'territorial-concessions'],
    ['Польща не планує розміщення своїх солдатів в Україні.', 'boots-on-the-ground'],
    ['After the drone strikes, Romania asked NATO allies for consultations.', 'nato-article-4'],
    ['Moscow still claims a zone of privileged interests around Ukraine.', 'sphere-of-influence'],
    [
      'A small British tripwire contingent in Ukraine would raise the stakes for Russia.',
      'tripwire-force',
    ],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('needs every group within the window and in one sentence', () => {
    expect(
      ids('Soldiers were tired. They were stationed far away. Ukraine was not mentioned.'),
    ).not.toContain('boots-on-the-ground');
  });

  it('counts only in the story: the same words about another place are no mark', () => {
    expect(
      ids('The fund set up by the agreement on rare earths will invest in Greenland.'),
    ).toEqual([]);
  });

  it('marks from the first word found to the last, with the description score', () => {
    const text = 'Kyiv will not give the occupied territory away.';
    const match = matcher
      .findConcepts({ text })
      .find((m) => m.entryId === 'territorial-concessions');
    expect(match && text.slice(match.start, match.end)).toBe('give the occupied territory');
    expect(match?.score).toBe(0.84);
  });
});

describe('the story: the right words in another story are no mark', () => {
  it.each([
    'Article V of the Japan-US security treaty obliges Washington to act.',
    'Security guarantees for North Korea were discussed in Singapore.',
    'A ceasefire between Armenia and Azerbaijan held overnight.',
    'The ceasefire in Gaza collapsed after two weeks.',
    'The red line of the Moscow metro was closed for repairs.',
    'Article V of the US Constitution sets out how it is amended.',
    'Washington has long treated Latin America as its sphere of influence.',
    'Peacekeepers were sent to Lebanon after the war of 2006.',
    'The coalition of the willing that invaded Iraq in 2003 soon fell apart.',
    'The hikers found a tripwire tied to an old grenade.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('keeps the story when its own words stand nearer than another story’s', () => {
    expect(
      ids('Security guarantees for Ukraine, unlike those for Israel, would need troops.'),
    ).toContain('security-guarantees');
    expect(
      ids('Security guarantees for Israel, unlike those for Ukraine, would need no troops.'),
    ).toEqual([]);
  });

  it('reads the page when the paragraph does not say (issue 15: boots on the ground)', () => {
    const text = 'Several members say they will not put boots on the ground.';
    const page = `Allies meet on Ukraine. Russia keeps up its attacks on Kyiv. ${text}`;
    expect(ids(text)).toEqual([]);
    expect(ids(text, page)).toEqual(['boots-on-the-ground']);
  });
});

describe('short forms: resolved from the paragraph or the page', () => {
  it('counts a short form after the full name in the paragraph, marked more lightly', () => {
    const text = 'Europe discussed security guarantees. Kyiv wants these guarantees in writing.';
    const found = matcher.findConcepts({ text }).filter((m) => m.entryId === 'security-guarantees');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'security guarantees',
      'these guarantees',
    ]);
    expect(found[1]?.score).toBeLessThan(found[0]?.score ?? 0);
  });

  it('counts a short form when the page names the concept in full', () => {
    const text = 'Moscow ignored the memorandum.';
    const page = `Ukraine gave up its arsenal under the Budapest Memorandum. ${text}`;
    expect(ids(text, page)).toEqual(['budapest-memorandum']);
  });

  it('takes a short form from the page only where the paragraph tells the story too', () => {
    const text = 'A party leaving the coalition means the government loses its majority.';
    const page = `Leaders of the Coalition of the Willing met on Ukraine. ${text}`;
    expect(ids(text, page)).toEqual([]);
    expect(ids('A memorandum of understanding on Ukraine grain was signed.', page)).toEqual([]);
  });

  it('counts nothing for a short form with no full name nearby', () => {
    expect(ids('Moscow ignored the memorandum.')).toEqual([]);
    expect(
      ids('Moscow ignored the memorandum.', 'A page about budgets. Moscow ignored the memorandum.'),
    ).toEqual([]);
  });

  it('reads a phrase word only with the endings of its own language', () => {
    // French "l'accord" is the word "accord"; English "according" is "accord" + "ing", an
    // ending French does not have, however the two words share a stem.
    const text = 'Ukraine signed the minerals deal in April. According to officials, it holds.';
    const found = matcher.findConcepts({ text }).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['minerals deal']);
    const french = "L'Ukraine a signé l'accord sur les minerais. L'accord crée un fonds commun.";
    expect(matcher.findConcepts({ text: french }).map((m) => french.slice(m.start, m.end))).toEqual(
      ['accord sur les minerais', 'accord'],
    );
    // Its own endings still count: "Sicherheitsgarantien" for "Sicherheitsgarantie".
    expect(ids('Kyjiw fordert Sicherheitsgarantien von den Verbündeten.')).toContain(
      'security-guarantees',
    );
  });

  it('gives a shared short form to the entry named nearest, and to none when the page names two', () => {
    const rivals: MatchableEntry[] = [
      {
        id: 'first-fund',
        topic: 't',
        phrases: { en: ['minerals fund'] },
        shortForms: { en: ['the fund'] },
      },
      {
        id: 'second-fund',
        topic: 't',
        phrases: { en: ['peace fund'] },
        shortForms: { en: ['the fund'] },
      },
    ];
    const local = createMatcher({ entries: rivals });
    const idsOf = (text: string, pageText?: string) =>
      local.findConcepts({ text, pageText }).map((m) => m.entryId);
    expect(
      idsOf(
        'The peace fund and the minerals fund for Ukraine differ; the fund was set up in April.',
      ),
    ).toEqual(['second-fund', 'first-fund', 'first-fund']);
    expect(idsOf('The fund pays Ukraine.', 'The minerals fund. The fund pays Ukraine.')).toEqual([
      'first-fund',
    ]);
    expect(
      idsOf('The fund pays Ukraine.', 'The minerals fund. The peace fund. The fund pays Ukraine.'),
    ).toEqual([]);
  });
});

describe('the quick check lets every new kind of pattern through', () => {
  const sources = entries.flatMap((entry, index) =>
    Object.entries(entry.phrases).flatMap(([language, phrases]) =>
      (phrases ?? []).map((text) => ({ entry: index, text, language: language as 'en' })),
    ),
  );
  const descriptions = entries.flatMap((entry, index) =>
    Object.entries(entry.descriptions ?? {}).flatMap(([language, list]) =>
      (list ?? []).map((d) => ({
        entry: index,
        language: language as 'en',
        words: d.words,
        within: 8,
      })),
    ),
  );
  const shortForms = entries.flatMap((entry, index) =>
    Object.entries(entry.shortForms ?? {}).flatMap(([language, list]) =>
      (list ?? []).map((text) => ({ entry: index, text, language: language as 'en', short: true })),
    ),
  );
  const index = runToEnd(buildPhraseIndexInSteps([...sources, ...shortForms], descriptions));
  const maybe = (text: string) =>
    mayHoldCandidates({ text: normaliseTextOnly(text), index, fuzzy: null });

  it('has descriptions and short forms to check', () => {
    expect(descriptions.length).toBeGreaterThan(30);
    expect(shortForms.length).toBeGreaterThan(30);
  });

  it('says maybe for every word of every description group beside the others, and every short form', () => {
    const lists = entries.flatMap((entry) =>
      Object.values(entry.descriptions ?? {}).flatMap((list) => list ?? []),
    );
    const missed: string[] = [];
    for (const { words } of lists) {
      words.forEach((group, g) => {
        for (const word of group) {
          const others = words.map((other, k) => (k === g ? word : (other[0] ?? '')));
          const text = `Some words, then ${others.join(' and ')} here.`;
          if (!maybe(text)) missed.push(text);
        }
      });
    }
    expect(missed).toEqual([]);
    expect(
      shortForms.filter((form) => !maybe(`Some words, then ${form.text} here.`)).map((f) => f.text),
    ).toEqual([]);
  });

  it('turns away a paragraph with one group of a description only', () => {
    expect(maybe('The hikers reached the founding village.')).toBe(false);
  });

  it('still turns away a paragraph with none of them', () => {
    expect(maybe('The weather was mild and the market opened late.')).toBe(false);
  });
});

describe('the story on the page: more than a passing mention', () => {
  const paragraph =
    'Electing him to the board would cross a red line, one member of parliament said.';
  const filler =
    'The delegates debated pensions, housing and the party programme late into the night. ';

  it('a long page on another subject that names Russia and NATO once each is not in the story', () => {
    const pageText = `${filler.repeat(300)}She gave a pro-Russian speech. A former NATO officer spoke. ${paragraph}`;
    expect(ids(paragraph, pageText)).not.toContain('red-line');
  });

  it('an article that keeps naming Kyiv, Moscow and NATO is', () => {
    const pageText = `Kyiv and Moscow traded accusations. NATO allies met in Brussels. Kyiv asked for air defence. ${filler.repeat(5)}${paragraph}`;
    expect(ids(paragraph, pageText)).toContain('red-line');
  });
});
