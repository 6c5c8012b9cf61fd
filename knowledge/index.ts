import { buildKnowledgeBase } from './build-knowledge-base';
import opEd from './op-ed.json';
import topics from './topics.json';
import type { Entry, KnowledgeBase, TreatyDocument } from './types';

export type * from './types';

// Vite inlines every JSON file at build time; node tools use load-from-disk.ts instead.
const entryFiles = import.meta.glob<Entry>('./entries/*.json', { eager: true, import: 'default' });
const documentFiles = import.meta.glob<TreatyDocument>('./documents/*.json', {
  eager: true,
  import: 'default',
});

/** The knowledge base bundled with the extension. */
export const knowledgeBase: KnowledgeBase = buildKnowledgeBase({
  entries: Object.values(entryFiles),
  documents: Object.values(documentFiles),
  topics,
  opEd,
});
