// @vitest-environment node
/**
 * The shapes and traps the matcher issue names, run against the real knowledge base: the
 * phrases and context rules in knowledge/entries/*.json are the matcher's data, so this is
 * where a change to them shows its effect.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';
import { createMatcher, createMatcherInSteps } from '../../../utils/matcher/index';

const matcher = createMatcher({ entries: loadKnowledgeBaseFromDisk().entries });
const ids = (text: string) => [...new Set(matcher.findConcepts({ text }).map((m) => m.entryId))];

describe('the knowledge base finds the shapes readers meet', () => {
  it.each([
    ['Kyiv insists on security guarantees from Washington.', 'security-guarantees'],
    ['Europe discussed guarantees of Ukraine’s security with Kyiv.', 'security-guarantees'],
    ['Europe offers Ukraine Article 5-style protection, NATO officials said.', 'nato-article-5'],
    ['The alliance has invoked Article V only once.', 'nato-article-5'],
    ['NATO allies weighed Art. 5 after the drone strike.', 'nato-article-5'],
    ['Allies would treat an attack on one as an attack on all, NATO said.', 'nato-article-5'],
    ['Each NATO ally takes such action as it deems necessary.', 'nato-article-5'],
    ['Critics call European troops in Ukraine trip-wire forces.', 'tripwire-force'],
    [
      'Leaders of the so-called coalition of willing nations met in Paris.',
      'coalition-of-the-willing',
    ],
    ['Die Europäer beraten über Sicherheitsgarantien für die Ukraine.', 'security-guarantees'],
    ['Щодо гарантій безпеки для України домовилися союзники.', 'security-guarantees'],
    ['Запад обсуждает гарантии безопасности для Украины.', 'security-guarantees'],
    ['Trump said Ukraine would have to abandon plans of joining NATO.', 'nato-membership-ukraine'],
    [
      'Moscow opposes Kyiv’s accession to the alliance, NATO officials said.',
      'nato-membership-ukraine',
    ],
    ['Russia and Ukraine agreed to a 30-day ceasefire.', 'ceasefire'],
    ['Die Waffenruhe in der Ukraine hält.', 'ceasefire'],
    ['Kyiv refuses to cede the Donbas region to Russia.', 'territorial-concessions'],
    ['In 1994 Ukraine gave up its nuclear arsenal for promises.', 'budapest-memorandum'],
    ['France could send thousands of troops to Ukraine after a peace deal.', 'boots-on-the-ground'],
    ['Die Waffenstillstandsverhandlungen mit Russland stocken.', 'ceasefire'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the knowledge base leaves the traps alone', () => {
  it.each([
    'A security guard was shot at the mall.',
    'Social Security guarantees benefits to retirees.',
    'Article 5 of the GDPR sets out the principles of processing.',
    'Article 5 of the Constitution describes how it may be amended.',
    'The price crossed a red line on the chart.',
    'The ceasefire in Gaza between Israel and Hamas held overnight.',
    'Open Source Tripwire detects changes to files on Linux servers.',
    'The Washington Naval Treaty limited battleships in 1922.',
    'The governing coalition collapsed after the budget vote.',
    'The laptop comes with a two-year guarantee and a warranty.',
    'Gwarancja producenta obejmuje wady fabryczne.',
    'Finland joined the alliance in 2023.',
    'Russian troops in Ukraine suffered heavy losses.',
    'Finland and Sweden applied to join NATO after Russia invaded Ukraine.',
    'A multinational force led by Kenya has been deployed in Haiti.',
    'Trump threatened to send troops to Chicago.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('building the index in steps (as the content script does)', () => {
  it('takes many small steps and gives the same matcher as building at once', () => {
    const entries = loadKnowledgeBaseFromDisk().entries;
    const steps = createMatcherInSteps({ entries });
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    // The whole knowledge base: dozens of steps, so a page runs each in a task of its own turn.
    expect(count).toBeGreaterThan(20);
    const stepped = step.value;
    for (const text of [
      'Kyiv wants security guarantees like Article 5 of the North Atlantic Treaty.',
      'Eine Koalition der Willigen soll Sicherheitsgarantien für die Ukraine geben.',
      'Україна хоче гарантій безпеки від коаліції охочих.',
      'A tripwire force of European troops, the coalition of the wiling said.',
    ]) {
      expect(stepped.findConcepts({ text })).toEqual(matcher.findConcepts({ text }));
      expect(stepped.findConcepts({ text }).length).toBeGreaterThan(0);
    }
  });
});
