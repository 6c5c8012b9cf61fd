import { buildKnowledgeBase } from './build-knowledge-base';
import opEd from './op-ed.json';
import topics from './topics.json';
import {
  type KnowledgeTranslation,
  localiseKnowledgeBase,
  type ReaderLanguage,
} from './translations';
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

const translationFiles = import.meta.glob<KnowledgeTranslation>('./translations/*.json', {
  eager: true,
  import: 'default',
});
const translations = new Map(
  Object.values(translationFiles).map((translation) => [translation.language, translation]),
);
const localised = new Map<ReaderLanguage, KnowledgeBase>([['en', knowledgeBase]]);

/** The knowledge base with its shown texts in `language` (built once per language). */
export function knowledgeBaseIn(language: ReaderLanguage): KnowledgeBase {
  let found = localised.get(language);
  if (!found) {
    found = localiseKnowledgeBase({
      knowledgeBase,
      translation: translations.get(language as KnowledgeTranslation['language']),
    });
    localised.set(language, found);
  }
  return found;
}
