import type { MatchableEntry } from '../../../utils/matcher/index';

/**
 * A small knowledge base for the matcher's unit tests, independent of the real entries (which
 * change as the knowledge base grows): one entry per feature the matcher must handle.
 */
export const sampleEntries: MatchableEntry[] = [
  {
    id: 'security-guarantees',
    topic: 'guarantees',
    phrases: {
      en: ['security guarantees', 'guarantee … security'],
      de: ['Sicherheitsgarantie'],
      fr: ['garanties de sécurité'],
      uk: ['гарантії безпеки'],
      ru: ['гарантии безопасности'],
      pl: ['gwarancje bezpieczeństwa'],
    },
    context: [
      { phrases: ['guarantee … security'], requireAny: ['ukrain*', 'kyiv', 'nato'] },
      { rejectAny: ['Social Security'], within: 0 },
    ],
  },
  {
    id: 'nato-article-5',
    topic: 'nato',
    phrases: { en: ['Article 5', 'attack on one'], ru: ['статья 5'] },
    context: [
      { phrases: ['Article 5', 'статья 5'], requireAny: ['nato', 'alliance', 'нато', 'альянс*'] },
      { phrases: ['Article 5'], rejectAny: ['GDPR', 'constitution'], within: 4 },
      { phrases: ['attack on one'], requireAny: ['attack on all'], within: 10 },
    ],
  },
  {
    id: 'tripwire-force',
    topic: 'deterrence',
    phrases: { en: ['tripwire force', 'trip-wire'] },
  },
  {
    id: 'coalition-of-the-willing',
    topic: 'guarantees',
    phrases: {
      en: ['coalition of the willing'],
      de: ['Koalition der Willigen'],
      pl: ['koalicja chętnych'],
    },
    context: [{ rejectAny: ['Iraq', '2003'] }],
  },
  {
    id: 'ceasefire',
    topic: 'negotiations',
    phrases: {
      en: ['ceasefire', 'cease-fire'],
      de: ['Waffenruhe'],
      fr: ['cessez-le-feu'],
      pl: ['zawieszenie broni'],
    },
    context: [
      { requireAny: ['ukrain*', 'russia*', 'kyiv'], scope: 'page' },
      { rejectAny: ['Gaza', 'Hamas'] },
    ],
  },
  {
    id: 'washington-treaty',
    topic: 'nato',
    phrases: { en: ['North Atlantic Treaty', 'Washington Treaty'] },
    context: [{ rejectAny: ['North Atlantic Treaty Organization'], within: 0 }],
  },
  {
    id: 'budapest-memorandum',
    topic: 'guarantees',
    phrases: { en: ['Budapest Memorandum on Security Assurances', 'Budapest Memorandum'] },
  },
  {
    id: 'security-assurances',
    topic: 'guarantees',
    phrases: { en: ['security assurances'] },
  },
];
