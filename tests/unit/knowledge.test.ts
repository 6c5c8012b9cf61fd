// @vitest-environment node
/**
 * Meta-tests over the whole of `knowledge/`: schema, references, treaty text against the
 * project's fact sheet, known errors, and the rule that the op-ed is paraphrased, never copied.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { coreLanguages, languages } from '../../knowledge/languages';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { requiredIds } from '../../knowledge/required-ids';
import type { Entry, Side, TreatyDocument } from '../../knowledge/types';
import { validateKnowledgeDir } from '../../knowledge/validate';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const knowledgeDir = join(repoRoot, 'knowledge');
const factsPath = join(repoRoot, '../shared/knowledge-sources/FACTS.md');
const opEdPath = join(repoRoot, '../shared/seed/op-ed.txt');
const hasFacts = existsSync(factsPath);
const hasOpEd = existsSync(opEdPath);

const kb = loadKnowledgeBaseFromDisk(knowledgeDir);
const entry = (id: string): Entry => {
  const found = kb.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const documentById = (id: string): TreatyDocument => {
  const found = kb.documents.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
};
const articleText = (documentId: string, articleId: string): string | undefined =>
  documentById(documentId).articles.find((article) => article.id === articleId)?.text;

/**
 * Entries on which parties disagree. Each needs views from at least three of the balance sides
 * and, where Moscow has stated a position on the subject (`moscow: true`), Moscow's own view.
 */
const contested: { id: string; moscow: boolean }[] = [
  { id: 'security-guarantees', moscow: true },
  { id: 'security-assurances', moscow: true },
  { id: 'tripwire-force', moscow: true },
  { id: 'coalition-of-the-willing', moscow: true },
  { id: 'reassurance-force', moscow: true },
  { id: 'nato-article-5', moscow: false },
  { id: 'budapest-memorandum', moscow: true },
  { id: 'minerals-deal', moscow: false },
  { id: 'sphere-of-influence', moscow: true },
  { id: 'nato-membership-ukraine', moscow: true },
  { id: 'nato-open-door', moscow: true },
  { id: 'boots-on-the-ground', moscow: true },
  { id: 'ceasefire', moscow: true },
  { id: 'territorial-concessions', moscow: true },
  { id: 'istanbul-talks-2022', moscow: true },
  { id: 'neutrality', moscow: true },
  { id: 'peace-plan-2025', moscow: true },
  { id: 'red-line', moscow: true },
  { id: 'kyiv-security-compact', moscow: true },
  { id: 'tiered-alliance', moscow: false },
  { id: 'bucharest-declaration', moscow: true },
  { id: 'paris-declaration-2026', moscow: true },
];

/** The sides balance is counted over (a statement of the NATO allies together is none of them). */
const balanceSides: Side[] = ['kyiv', 'moscow', 'europe', 'us-government', 'independent'];

/** What keeps a contested entry from being balanced; empty when it is. */
function balanceProblems(item: Entry, { moscow }: { moscow: boolean }): string[] {
  const views = item.views ?? [];
  const heard = new Set(
    views.flatMap((view) => view.sides).filter((side) => balanceSides.includes(side)),
  );
  const problems: string[] = [];
  if (heard.size < 3) {
    problems.push(
      `${item.id}: views from ${heard.size} sides (${[...heard].join(', ')}), at least 3 needed`,
    );
  }
  // Moscow in its own voice: a text it negotiated with Kyiv does not count.
  if (moscow && !views.some((view) => view.sides.length === 1 && view.sides[0] === 'moscow')) {
    problems.push(`${item.id}: Moscow has stated a position but is not heard`);
  }
  return problems;
}

/** Everything an entry says in the project's own words (treaty excerpts excluded). */
function proseOf(item: Entry): string[] {
  return [
    item.title,
    item.summary,
    item.opEd.summary,
    ...(item.views ?? []).flatMap((view) => [view.party, view.view]),
  ];
}
const allEntryProse = kb.entries.flatMap((item) =>
  proseOf(item).map((text) => ({ id: item.id, text })),
);
const allDocumentProse = kb.documents.flatMap((document) => [
  { id: document.id, text: document.note ?? '' },
  ...document.articles.map((article) => ({ id: document.id, text: article.heading })),
]);
const allArticleText = kb.documents.flatMap((document) =>
  document.articles.map((article) => ({ id: `${document.id} ${article.id}`, text: article.text })),
);

describe('knowledge base files', () => {
  it('pass the JSON Schemas and every cross-reference check', () => {
    expect(validateKnowledgeDir(knowledgeDir)).toEqual([]);
  });

  it('load from disk, one entry per file, sorted by id', () => {
    const files = readdirSync(join(knowledgeDir, 'entries')).filter((name) =>
      name.endsWith('.json'),
    );
    expect(kb.entries).toHaveLength(files.length);
    const ids = kb.entries.map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('hold at least 30 entries spread over at least 4 topics, and at least 6 documents', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(kb.entries.map((item) => item.topic)).size).toBeGreaterThanOrEqual(4);
    expect(kb.topics.length).toBeGreaterThanOrEqual(4);
    expect(kb.documents.length).toBeGreaterThanOrEqual(6);
  });

  it.each(requiredIds)('has the required entry %s with phrases in all six languages', (id) => {
    const item = entry(id);
    for (const language of coreLanguages) {
      expect(
        item.phrases[language]?.length ?? 0,
        `${id} has no ${language} phrases`,
      ).toBeGreaterThan(0);
    }
  });

  it('lets the schema take phrases in exactly the languages the code knows', () => {
    const schema = JSON.parse(
      readFileSync(join(knowledgeDir, 'schema', 'entry.schema.json'), 'utf8'),
    ) as { properties: { phrases: { properties: Record<string, unknown>; required: string[] } } };
    expect(Object.keys(schema.properties.phrases.properties).sort()).toEqual([...languages].sort());
    expect(schema.properties.phrases.required).toEqual(['en']);
  });

  it('links nato-article-5 to Article 5 of the North Atlantic Treaty', () => {
    expect(entry('nato-article-5').treaty).toContainEqual(
      expect.objectContaining({ document: 'north-atlantic-treaty', article: '5' }),
    );
    expect(articleText('north-atlantic-treaty', '5')).toContain(
      'such action as it deems necessary',
    );
  });

  it('gives every entry at least one source', () => {
    const unsourced = kb.entries.filter((item) => item.sources.length === 0).map((item) => item.id);
    expect(unsourced).toEqual([]);
  });

  it.each(contested)(
    'hears at least three sides on contested entry $id, Moscow too where it has spoken',
    (rule) => {
      expect(balanceProblems(entry(rule.id), rule)).toEqual([]);
      for (const view of entry(rule.id).views ?? []) {
        expect(view.party.trim()).not.toBe('');
        expect(view.source.title.trim()).not.toBe('');
      }
    },
  );

  it('finds an entry unbalanced when a side or Moscow goes missing', () => {
    const item = entry('neutrality');
    const withoutMoscow = {
      ...item,
      views: item.views?.filter((view) => !view.sides.includes('moscow')),
    };
    expect(balanceProblems(withoutMoscow, { moscow: true }).join('\n')).toMatch(
      /Moscow has stated a position/,
    );
    const kyivOnly = { ...item, views: item.views?.filter((view) => view.sides.includes('kyiv')) };
    expect(balanceProblems(kyivOnly, { moscow: false }).join('\n')).toMatch(/views from 1 sides/);
  });

  it('dates every view and every entry, gives every view an address, and no check lies in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const item of kb.entries) {
      expect(item.checked, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.checked <= today, `${item.id} checked ${item.checked}`).toBe(true);
      for (const view of item.views ?? []) {
        expect(view.date, `${item.id}: ${view.party}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(view.date <= item.checked, `${item.id}: ${view.party} dated after the check`).toBe(
          true,
        );
        expect(view.source.date ?? view.source.checked, `${item.id}: ${view.party}`).toBeTruthy();
        expect(view.source.url, `${item.id}: ${view.party} names no address`).toMatch(
          /^https?:\/\//,
        );
      }
    }
  });

  it('keeps every summary to at most 60 words', () => {
    const long = kb.entries
      .map((item) => ({ id: item.id, words: item.summary.split(/\s+/).filter(Boolean).length }))
      .filter(({ words }) => words > 60);
    expect(long).toEqual([]);
  });

  it('ties every op-ed position to a paragraph from 1 to 12, or marks it not addressed', () => {
    for (const item of kb.entries) {
      const { stance, paragraph, summary } = item.opEd;
      if (stance === 'not-addressed') {
        expect(paragraph, item.id).toBeUndefined();
        expect(summary, item.id).toMatch(/does not/);
      } else {
        expect(Number.isInteger(paragraph), item.id).toBe(true);
        expect(paragraph, item.id).toBeGreaterThanOrEqual(1);
        expect(paragraph, item.id).toBeLessThanOrEqual(12);
      }
    }
  });

  it('keeps the op-ed record caveat while author or date is unconfirmed', () => {
    if (!kb.opEd.authorConfirmed || !kb.opEd.dateConfirmed) {
      expect(kb.opEd.caveat.length).toBeGreaterThan(20);
    }
  });
});

describe('the validator catches broken data', () => {
  let copy = '';
  afterEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = '';
  });

  /** Copies knowledge/ to a temporary folder, lets `mutate` edit one entry, validates the copy. */
  function validateWithEntry(
    id: string,
    mutate: (item: Record<string, unknown>) => void,
  ): string[] {
    copy = mkdtempSync(join(tmpdir(), 'treaty-lens-kb-'));
    cpSync(knowledgeDir, copy, { recursive: true });
    const path = join(copy, 'entries', `${id}.json`);
    const item = JSON.parse(readFileSync(path, 'utf8'));
    mutate(item);
    writeFileSync(path, JSON.stringify(item, null, 2));
    return validateKnowledgeDir(copy);
  }

  it('accepts an unchanged copy', () => {
    expect(validateWithEntry('nato-article-5', () => {})).toEqual([]);
  });

  it('reports a related id that does not exist', () => {
    const errors = validateWithEntry('nato-article-5', (item) => {
      item.related = ['no-such-entry'];
    });
    expect(errors.join('\n')).toMatch(/related entry "no-such-entry" does not exist/);
  });

  it('reports a treaty excerpt that is not verbatim', () => {
    const errors = validateWithEntry('nato-article-5', (item) => {
      item.treaty = [
        { document: 'north-atlantic-treaty', article: '5', excerpt: 'all members must go to war' },
      ];
    });
    expect(errors.join('\n')).toMatch(/not verbatim/);
  });

  it('reports a missing treaty article and an unknown topic', () => {
    const errors = validateWithEntry('nato-article-5', (item) => {
      item.treaty = [{ document: 'north-atlantic-treaty', article: '15' }];
      item.topic = 'no-such-topic';
    });
    expect(errors.join('\n')).toMatch(/has no article "15"/);
    expect(errors.join('\n')).toMatch(/unknown topic/);
  });

  it('reports an entry without sources and an op-ed paragraph out of range', () => {
    const errors = validateWithEntry('tripwire-force', (item) => {
      item.sources = [];
      item.opEd = {
        stance: 'opposes',
        summary: 'A position that cites a paragraph that does not exist.',
        paragraph: 13,
      };
    });
    expect(errors.some((error) => error.includes('/sources'))).toBe(true);
    expect(errors.some((error) => error.includes('/opEd/paragraph'))).toBe(true);
  });

  it('reports a phrase claimed by two entries with no context rule', () => {
    const errors = validateWithEntry('security-guarantees', (item) => {
      (item.phrases as Record<string, string[]>).en?.push('Tripwire Force');
    });
    expect(errors.join('\n')).toMatch(/"tripwire force" is claimed by/);
  });

  it('reports a description word the matcher reads as two words, or one in two groups', () => {
    const errors = validateWithEntry('tripwire-force', (item) => {
      item.descriptions = {
        en: [
          {
            words: [
              ['troops', 'U.S.'],
              ['stationed', 'troops'],
            ],
          },
        ],
      };
    });
    expect(errors.join('\n')).toMatch(/"U.S." is 2 words for the matcher/);
    expect(errors.join('\n')).toMatch(/"troops" is in groups 1 and 2/);
  });

  it('reports a description with one group only, or in a language the schema does not know', () => {
    const errors = validateWithEntry('tripwire-force', (item) => {
      item.descriptions = { en: [{ words: [['troops']] }], xx: [{ words: [['a'], ['b']] }] };
    });
    expect(errors.join('\n')).toMatch(
      /descriptions\/en\/0\/words must NOT have fewer than 2 items/,
    );
    expect(errors.join('\n')).toMatch(/descriptions must NOT have additional properties/);
  });

  it('accepts an entry without the optional languages (pt, es, it, ro)', () => {
    const errors = validateWithEntry('nato-article-5', (item) => {
      const phrases = item.phrases as Record<string, string[]>;
      for (const language of ['pt', 'es', 'it', 'ro']) delete phrases[language];
      // Rules may still name the phrases they guard; drop the ones that left with them.
      for (const rule of item.context as { phrases?: string[] }[]) {
        rule.phrases = rule.phrases?.filter((phrase) =>
          Object.values(phrases).some((list) => list.includes(phrase)),
        );
      }
    });
    expect(errors).toEqual([]);
  });

  it('reports a phrase language the schema does not know', () => {
    const errors = validateWithEntry('ceasefire', (item) => {
      (item.phrases as Record<string, string[]>).cs = ['příměří'];
    });
    expect(errors.join('\n')).toMatch(
      /entries\/ceasefire\.json: \/phrases must NOT have additional properties/,
    );
  });

  it('reports a required entry without a core language', () => {
    const errors = validateWithEntry('red-line', (item) => {
      delete (item.phrases as Record<string, string[]>).pl;
    });
    expect(errors.join('\n')).toMatch(/red-line\.json: a required entry needs phrases in pl/);
  });

  it('reports optional-language phrases on an entry that lacks a core language', () => {
    const errors = validateWithEntry('alaska-summit', (item) => {
      const phrases = item.phrases as Record<string, string[]>;
      delete phrases.de;
      phrases.pt = ['cúpula do Alasca'];
    });
    expect(errors.join('\n')).toMatch(/alaska-summit\.json: has pt phrases but none in de/);
  });

  it('reports a view without a date or sides, and an entry without a checked date', () => {
    const errors = validateWithEntry('neutrality', (item) => {
      const views = item.views as Record<string, unknown>[];
      delete views[0]?.date;
      delete views[1]?.sides;
      delete item.checked;
    });
    expect(errors.join('\n')).toMatch(/\/views\/0 must have required property 'date'/);
    expect(errors.join('\n')).toMatch(/\/views\/1 must have required property 'sides'/);
    expect(errors.join('\n')).toMatch(/must have required property 'checked'/);
  });

  it('reports a view dated after the entry was last checked', () => {
    const errors = validateWithEntry('neutrality', (item) => {
      item.checked = '2022-01-01';
    });
    expect(errors.join('\n')).toMatch(
      /neutrality\.json: views\[\d+\] is dated 2022-03-\d+, after the entry was checked/,
    );
  });

  it('reports an id that differs from the file name', () => {
    const errors = validateWithEntry('red-line', (item) => {
      item.id = 'red-lines';
    });
    expect(errors.join('\n')).toMatch(/differs from the file name/);
  });
});

/** The first blockquote after the line containing `marker` (after `after`, if given), one line per paragraph. */
function quoteAfter(facts: string, marker: string, after?: string): string {
  const lines = facts.split('\n');
  const start = after ? lines.findIndex((line) => line.includes(after)) : 0;
  const at = lines.findIndex((line, index) => index >= start && line.includes(marker));
  if (at < 0) throw new Error(`FACTS.md: marker not found: ${marker}`);
  let index = at + 1;
  while (index < lines.length && !lines[index]?.startsWith('>')) index++;
  const quote: string[] = [];
  for (; index < lines.length && lines[index]?.startsWith('>'); index++) {
    const text = (lines[index] ?? '').slice(1).trim();
    if (text) quote.push(text);
  }
  return quote.join('\n');
}

describe.skipIf(!hasFacts)(
  hasFacts
    ? 'treaty text against FACTS.md'
    : `treaty text against FACTS.md (SKIPPED: ${factsPath} not found)`,
  () => {
    const facts = hasFacts ? readFileSync(factsPath, 'utf8') : '';

    it('quotes the preamble and Articles 1 to 14 of the North Atlantic Treaty exactly', () => {
      expect(articleText('north-atlantic-treaty', 'preamble')).toBe(
        quoteAfter(facts, '### 1.1 Preamble'),
      );
      for (let number = 1; number <= 14; number++) {
        expect(articleText('north-atlantic-treaty', String(number)), `Article ${number}`).toBe(
          quoteAfter(facts, `**Article ${number}**`, '### 1.2'),
        );
      }
    });

    it('quotes Articles 2(4) and 51 of the UN Charter exactly', () => {
      expect(articleText('un-charter', '2(4)')).toBe(
        quoteAfter(facts, '**Article 2(4) — VERIFIED-verbatim**'),
      );
      expect(articleText('un-charter', '51')).toBe(
        quoteAfter(facts, '**Article 51 — VERIFIED-verbatim**'),
      );
    });

    it('quotes the preamble and paragraphs 1 to 4 of the Budapest Memorandum exactly', () => {
      expect(articleText('budapest-memorandum', 'preamble')).toBe(
        quoteAfter(facts, '**Preamble — VERIFIED-verbatim** (UNTS'),
      );
      const paragraphs = quoteAfter(facts, '**Paragraphs 1–4').split('\n');
      expect(paragraphs).toHaveLength(4);
      paragraphs.forEach((paragraph, index) => {
        expect(articleText('budapest-memorandum', String(index + 1))).toBe(
          paragraph.replace(/^\d\. /, ''),
        );
      });
    });

    it('takes every line of every document verbatim from FACTS.md', () => {
      const missing = allArticleText.flatMap(({ id, text }) =>
        text
          .split('\n')
          .filter((line) => !facts.includes(line))
          .map((line) => `${id}: ${line}`),
      );
      expect(missing).toEqual([]);
    });

    it('takes every entry source address from FACTS.md or the SOURCES.md log', () => {
      const log = readFileSync(join(knowledgeDir, 'SOURCES.md'), 'utf8');
      const known = (url: string) =>
        url === kb.opEd.url ||
        log.includes(url) ||
        facts.includes(url) ||
        facts.includes(encodeURIComponent(url));
      const unknown = kb.entries.flatMap((item) =>
        [...item.sources, ...(item.views ?? []).map((view) => view.source)]
          .filter((source) => source.url && !known(source.url))
          .map((source) => `${item.id}: ${source.url}`),
      );
      expect(unknown).toEqual([]);
    });
  },
);

describe('nothing unverified or known to be wrong is shown as fact', () => {
  /** Wording FACTS.md marks UNVERIFIED (or wrong); it must not appear in any text or note. */
  const unverified = [
    'will consult in the event a situation arises',
    'not to use nuclear weapons against any non-nuclear-weapon state',
    'in association or alliance with a nuclear-weapon state',
    'under the administrative control of the other',
    'on the occupation forces of any party in europe',
    'paragraph 23',
    'para. 23',
    'active endeavour',
    'ninth time',
    'sixteen nations',
    '16 founding',
    '15,000',
    '30,000',
    'effective 19 may 1960',
    '15 february 1952',
    'aug. 13, 1951',
  ];

  it('shows no Budapest Memorandum paragraph 5 or 6', () => {
    const ids = documentById('budapest-memorandum').articles.map((article) => article.id);
    expect(ids).not.toContain('5');
    expect(ids).not.toContain('6');
  });

  it('contains none of the unverified wordings anywhere', () => {
    const everything = [...allEntryProse, ...allDocumentProse, ...allArticleText];
    const hits = everything.flatMap(({ id, text }) =>
      unverified
        .filter((snippet) => text.toLowerCase().includes(snippet))
        .map((snippet) => `${id}: ${snippet}`),
    );
    expect(hits).toEqual([]);
  });

  /** Known errors (FACTS.md section 8), each tested sentence by sentence. */
  const knownErrors: { name: string; scope: RegExp; error: RegExp }[] = [
    {
      name: 'Article 5 invoked more than once',
      scope: /article (5|v|five)\b|art\. 5/i,
      error:
        /\binvok\w*\b[^.]{0,60}\b(several|multiple|many|numerous|a number of|twice|two|three|four|five|six|seven|eight|nine)\b( times)?/i,
    },
    {
      name: 'Article 5 obliges allies to go to war',
      scope: /article (5|v|five)\b|art\. 5|collective defen[cs]e/i,
      error:
        /\b(oblig|requir|compel|bind|force|must)\w*\b[^.]{0,80}\b(go(es|ing)? to war|declare war|wage war|automatic(ally)? (military|war|go))/i,
    },
    {
      name: 'Algeria clause deleted',
      scope: /alger/i,
      error: /\b(deleted|removed|struck out|dropped|repealed|no longer in the text)\b/i,
    },
    {
      name: 'minerals deal includes a security guarantee',
      scope: /mineral|investment fund/i,
      error:
        /(?<!\b(no|not|n't|never|without)\b[^.]{0,25})\b(includ|contain|provid|giv|offer|amount)\w*\s+(to\s+)?((a|an|the|any)\s+)?((US|U\.S\.|American)\s+)?security guarantee/i,
    },
    {
      name: 'Budapest Memorandum guaranteed Ukraine’s defence',
      scope: /budapest/i,
      error:
        /(?<!\b(no|not|never)\b\s)\b(guaranteed|guarantees|obliged|obliges|committed)\s+(to defend Ukraine|Ukraine's (defen[cs]e|protection)|military (defen[cs]e|assistance|intervention))/i,
    },
    {
      name: 'eFP deployed since 2016',
      scope: /efp|forward presence|battlegroup/i,
      error: /\b(since|deployed in|deployed since|present since)\s+2016\b/i,
    },
    {
      name: 'Coalition of the Willing as peacekeepers',
      scope: /coalition of the willing|reassurance force|multinational force/i,
      error: /(?<!\b(not|no|rather than|instead of|than)\s(a\s)?)\bpeace-?keep/i,
    },
  ];

  const sentencesOf = (text: string) => text.split(/(?<=[.;!?])\s+/);

  it.each(knownErrors)('makes no claim that $name', ({ scope, error }) => {
    const hits = [...allEntryProse, ...allDocumentProse].flatMap(({ id, text }) =>
      sentencesOf(text)
        .filter((sentence) => scope.test(sentence) && error.test(sentence))
        .map((sentence) => `${id}: ${sentence}`),
    );
    expect(hits).toEqual([]);
  });

  it('has known-error patterns that do catch the errors they describe', () => {
    const samples = [
      'NATO has invoked Article 5 several times since 2001.',
      'Article 5 obliges every ally to go to war.',
      'The Algeria clause was deleted from Article 6.',
      'The minerals deal includes a security guarantee for Ukraine.',
      "The Budapest Memorandum guaranteed Ukraine's defence.",
      'The eFP battlegroups have been deployed since 2016.',
      'The Coalition of the Willing will send peacekeepers.',
    ];
    samples.forEach((sample, index) => {
      const check = knownErrors[index];
      expect(check?.scope.test(sample) && check.error.test(sample), sample).toBe(true);
    });
    expect(knownErrors[3]?.error.test('It contains no security guarantee.')).toBe(false);
    expect(knownErrors[3]?.error.test('The deal does not include a security guarantee.')).toBe(
      false,
    );
  });

  it('quotes the treaty wordings FACTS.md warns about correctly', () => {
    expect(articleText('un-charter', '51')).toContain(
      'until the Security Council has taken measures necessary',
    );
    expect(articleText('un-charter', '51')).not.toContain('taken the measures necessary');
    expect(articleText('us-philippines-mutual-defense-treaty', '4')).toContain('common dangers');
    expect(articleText('us-philippines-mutual-defense-treaty', '4')).not.toMatch(
      /common danger(?!s)/,
    );
    expect(articleText('us-japan-security-treaty', '5')).toContain(
      'constitutional provisions and processes',
    );
    expect(articleText('north-atlantic-treaty', '6')).toContain(
      'on the Algerian Departments of France',
    );
  });
});

/** Lower-case words, with typographic quotes and dashes reduced so copies cannot hide behind them. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}
function runsOf(text: string, length: number): string[] {
  const words = wordsOf(text);
  return words
    .slice(0, Math.max(0, words.length - length + 1))
    .map((_, i) => words.slice(i, i + length).join(' '));
}

/** Words that say nothing about a position's content, left out of its key words. */
const commonWords = new Set(
  'about above after again against among because before being below between could does doing during each every further having itself might other ought should their there these those through under until which while whose would argues argue warns urges notes says said points treats stresses recalls recounts predicts holds cites names calls adding takes'.split(
    ' ',
  ),
);

/** Key words of a text as five-letter stems ("guarantees" and "guaranteeing" meet). */
function keyStems(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((word) => word.length >= 5 && !commonWords.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

/**
 * Why an op-ed position does not fit the paragraph it cites, if it does not: it must share at
 * least two key words with it, and no other paragraph may share more than two words more. A weak,
 * mechanical guard against a wrong paragraph number; it cannot judge the paraphrase itself.
 */
function paragraphMismatch(summary: string, paragraph: number, paragraphs: string[]) {
  const stems = keyStems(summary);
  const shared = paragraphs.map(
    (text) => [...keyStems(text)].filter((stem) => stems.has(stem)).length,
  );
  const own = shared[paragraph - 1] ?? 0;
  if (own < 2) return `paragraph ${paragraph} shares ${own} key words with the position`;
  const best = Math.max(...shared);
  if (best > own + 2) {
    return `paragraph ${shared.indexOf(best) + 1} shares ${best} key words, the cited paragraph ${paragraph} only ${own}`;
  }
  return undefined;
}

describe.skipIf(!hasOpEd)(
  hasOpEd
    ? 'the op-ed is paraphrased'
    : `the op-ed is paraphrased (SKIPPED: ${opEdPath} not found)`,
  () => {
    const text = hasOpEd ? readFileSync(opEdPath, 'utf8') : '';
    const body = text.split(/\n-{20,}\n/)[1] ?? '';
    const paragraphs = body.split('\n').filter((line) => line.trim());
    const opEdRuns = new Set(paragraphs.flatMap((paragraph) => runsOf(paragraph, 8)));

    it('has the 12 paragraphs the positions refer to', () => {
      expect(paragraphs).toHaveLength(12);
    });

    it('finds a copied run when there is one', () => {
      const copied = `As the op-ed put it, ${paragraphs[6]?.split(' ').slice(0, 12).join(' ')}`;
      expect(runsOf(copied, 8).some((run) => opEdRuns.has(run))).toBe(true);
    });

    it('ties each op-ed position to a paragraph that shares its key words', () => {
      const weak = kb.entries.flatMap((item) => {
        const { paragraph, summary } = item.opEd;
        if (paragraph === undefined) return [];
        const problem = paragraphMismatch(summary, paragraph, paragraphs);
        return problem ? [`${item.id}: ${problem}`] : [];
      });
      expect(weak).toEqual([]);
    });

    it('finds a position citing the wrong paragraph', () => {
      const minerals = entry('minerals-deal').opEd.summary;
      expect(paragraphMismatch(minerals, 11, paragraphs)).toBeUndefined();
      expect(paragraphMismatch(minerals, 4, paragraphs)).toMatch(/paragraph 11 shares/);
      expect(paragraphMismatch(entry('collective-defence').opEd.summary, 7, paragraphs)).toMatch(
        /shares 0 key words/,
      );
    });

    it('copies no run of 8 words from the op-ed into any entry or note', () => {
      const copies = [...allEntryProse, ...allDocumentProse].flatMap(({ id, text: prose }) =>
        runsOf(prose, 8)
          .filter((run) => opEdRuns.has(run))
          .map((run) => `${id}: "${run}"`),
      );
      expect(copies).toEqual([]);
    });
  },
);
