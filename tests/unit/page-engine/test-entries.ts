import type { PageEntry } from '../../../utils/page-entries';

/** A few entries shaped like the knowledge base's, so these tests do not depend on its content. */
export const testEntries: PageEntry[] = [
  {
    id: 'security-guarantees',
    title: 'Security guarantees',
    topic: 'guarantees',
    phrases: { en: ['security guarantees', 'security guarantee'] },
  },
  { id: 'nato-article-5', title: 'Article 5', topic: 'nato', phrases: { en: ['Article 5'] } },
  {
    id: 'tripwire-force',
    title: 'Tripwire force',
    topic: 'deterrence',
    phrases: { en: ['tripwire force'] },
  },
];
