import type { Entry, KnowledgeBase } from '../../../knowledge/types';

/** A small knowledge base for component tests, including a hostile string rendered as text. */
export const hostileText = '<img src=x onerror="window.__pwned=1">';

const article5Entry: Entry = {
  id: 'article-5',
  title: 'Article 5',
  topic: 'nato',
  checked: '2026-11-20',
  phrases: { en: ['Article 5', 'collective defence'], de: ['Artikel 5'] },
  summary: 'The collective defence clause of the North Atlantic Treaty.',
  opEd: {
    stance: 'describes',
    summary: 'The op-ed notes each ally decides for itself what action to take.',
    paragraph: 4,
  },
  views: [
    {
      party: 'NATO',
      sides: ['nato'],
      date: '2021-06-14',
      view: 'An attack on one ally is an attack on all.',
      source: {
        title: 'Collective defence and Article 5',
        publisher: 'NATO',
        url: 'https://www.nato.int/',
      },
    },
    {
      party: 'A critic',
      sides: ['independent'],
      date: '2024',
      view: hostileText,
      source: { title: 'Some essay', publisher: 'Somebody', date: '2024' },
    },
  ],
  treaty: [
    {
      document: 'north-atlantic-treaty',
      article: '5',
      excerpt: 'an armed attack against one or more of them',
    },
  ],
  related: ['security-guarantees', 'missing-entry'],
  sources: [{ title: 'North Atlantic Treaty' }],
};

const guaranteesEntry: Entry = {
  id: 'security-guarantees',
  title: 'Security guarantees',
  topic: 'guarantees',
  checked: '2026-11-20',
  phrases: { en: ['security guarantees', 'security guarantee'], uk: ['гарантії безпеки'] },
  summary: 'Binding promises to defend a state if it is attacked.',
  opEd: { stance: 'opposes', summary: 'The op-ed argues the US should give none.', paragraph: 12 },
  related: ['article-5'],
  sources: [{ title: 'Op-ed' }],
};

const tripwireEntry: Entry = {
  id: 'tripwire-force',
  title: 'Tripwire force',
  topic: 'deterrence',
  checked: '2026-11-20',
  phrases: { en: ['tripwire force'] },
  summary: 'A small force placed so that an attack would draw in its sender.',
  opEd: { stance: 'opposes', summary: 'The op-ed says the US should not back one.', paragraph: 12 },
  sources: [{ title: 'Op-ed' }],
};

const ceasefireEntry: Entry = {
  id: 'ceasefire',
  title: 'Ceasefire',
  topic: 'negotiations',
  checked: '2026-11-20',
  phrases: { en: ['ceasefire', 'cease-fire'], fr: ['cessez-le-feu'] },
  summary: 'A halt to fighting agreed by the warring sides.',
  opEd: { stance: 'not-addressed', summary: 'The op-ed does not discuss a ceasefire as such.' },
  sources: [{ title: 'Op-ed' }],
};

export const testKnowledgeBase: KnowledgeBase = {
  entries: [article5Entry, ceasefireEntry, guaranteesEntry, tripwireEntry],
  documents: [
    {
      id: 'north-atlantic-treaty',
      title: 'The North Atlantic Treaty',
      shortTitle: 'North Atlantic Treaty',
      date: '1949-04-04',
      source: { title: 'NATO official text', url: 'https://www.nato.int/', checked: '2026-11-20' },
      articles: [
        { id: 'preamble', heading: '', text: 'The Parties to this Treaty reaffirm their faith...' },
        {
          id: '5',
          heading: 'Collective defence',
          text: 'The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all.',
        },
        {
          id: '11',
          heading: 'Ratification',
          text: 'This Treaty shall be ratified and its provisions carried out by the Parties in accordance with their respective constitutional processes.',
        },
      ],
    },
  ],
  topics: [
    { id: 'guarantees', title: 'Security guarantees', description: 'Promises.', color: '#d97706' },
    { id: 'nato', title: 'NATO and the Washington Treaty', description: 'NATO.', color: '#2563eb' },
    {
      id: 'negotiations',
      title: 'Negotiations and territory',
      description: 'Talks.',
      color: '#059669',
    },
    {
      id: 'deterrence',
      title: 'Deterrence and credibility',
      description: 'Red lines.',
      color: '#9333ea',
    },
  ],
  opEd: {
    title: 'No US Security Guarantees for Ukraine',
    outlet: 'Cato at Liberty (Cato Institute blog)',
    url: 'https://www.cato.org/blog/no-us-security-guarantees-ukraine',
    author: 'Justin Logan',
    authorConfirmed: false,
    date: '2026-01',
    dateConfirmed: false,
    caveat: 'Author and date are inferred, not confirmed.',
  },
};

export function entryById(id: string): Entry {
  const entry = testKnowledgeBase.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No test entry ${id}`);
  return entry;
}
