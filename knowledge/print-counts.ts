/**
 * Prints the size of the knowledge base: entries (per topic), topics, documents (with their
 * articles) and phrases per language. Run with `npx tsx knowledge/print-counts.ts`
 * (`--json` prints one JSON object instead).
 */
import { loadKnowledgeBaseFromDisk } from './load-from-disk';
import type { KnowledgeBase, Language } from './types';

const languages: Language[] = ['en', 'de', 'fr', 'uk', 'ru', 'pl'];

function countKnowledgeBase(kb: KnowledgeBase) {
  const entriesPerTopic = Object.fromEntries(
    kb.topics.map((topic) => [
      topic.id,
      kb.entries.filter((entry) => entry.topic === topic.id).length,
    ]),
  );
  const phrasesPerLanguage = Object.fromEntries(
    languages.map((language) => [
      language,
      kb.entries.reduce((sum, entry) => sum + (entry.phrases[language]?.length ?? 0), 0),
    ]),
  );
  const entriesPerLanguage = Object.fromEntries(
    languages.map((language) => [
      language,
      kb.entries.filter((entry) => (entry.phrases[language]?.length ?? 0) > 0).length,
    ]),
  );
  return {
    entries: kb.entries.length,
    topics: kb.topics.length,
    documents: kb.documents.length,
    articles: kb.documents.reduce((sum, document) => sum + document.articles.length, 0),
    entriesPerTopic,
    phrasesPerLanguage,
    entriesPerLanguage,
    views: kb.entries.reduce((sum, entry) => sum + (entry.views?.length ?? 0), 0),
    treatyReferences: kb.entries.reduce((sum, entry) => sum + (entry.treaty?.length ?? 0), 0),
  };
}

function main() {
  const counts = countKnowledgeBase(loadKnowledgeBaseFromDisk());
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(counts));
    return;
  }
  const list = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ');
  console.log(`entries    ${counts.entries} (${list(counts.entriesPerTopic)})`);
  console.log(`topics     ${counts.topics}`);
  console.log(`documents  ${counts.documents} (${counts.articles} articles)`);
  console.log(`phrases    ${list(counts.phrasesPerLanguage)}`);
  console.log(`entries with phrases per language: ${list(counts.entriesPerLanguage)}`);
  console.log(`views      ${counts.views}; treaty references ${counts.treatyReferences}`);
}

main();
