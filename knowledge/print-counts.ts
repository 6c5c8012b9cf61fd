/**
 * Prints the size of the knowledge base: entries (per topic), topics, documents (with their
 * articles) and phrases per language, the optional languages (pt, es, it, ro) after the six core
 * ones, with how many of the required entries each covers, and views per party (side). Run with
 * `npx tsx knowledge/print-counts.ts` (`--json` prints one JSON object instead).
 */
import { languages, optionalLanguages } from './languages';
import { loadKnowledgeBaseFromDisk } from './load-from-disk';
import { requiredIds } from './required-ids';
import type { KnowledgeBase, Side } from './types';

/** Sides in the order the balance rule lists them; `nato` (the allies together) last. */
const sides: Side[] = ['kyiv', 'moscow', 'europe', 'us-government', 'independent', 'nato'];

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
    /** Required entries with phrases in each optional language (out of `requiredIds.length`). */
    requiredEntriesPerOptionalLanguage: Object.fromEntries(
      optionalLanguages.map((language) => [
        language,
        kb.entries.filter(
          (entry) =>
            (requiredIds as readonly string[]).includes(entry.id) &&
            (entry.phrases[language]?.length ?? 0) > 0,
        ).length,
      ]),
    ),
    views: kb.entries.reduce((sum, entry) => sum + (entry.views?.length ?? 0), 0),
    /** Views per side; a view two sides negotiated together counts for both. */
    viewsPerSide: Object.fromEntries(
      sides.map((side) => [
        side,
        kb.entries.reduce(
          (sum, entry) =>
            sum + (entry.views ?? []).filter((view) => view.sides.includes(side)).length,
          0,
        ),
      ]),
    ),
    /** Entries where each side is heard at least once. */
    entriesPerSide: Object.fromEntries(
      sides.map((side) => [
        side,
        kb.entries.filter((entry) => (entry.views ?? []).some((view) => view.sides.includes(side)))
          .length,
      ]),
    ),
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
  console.log(
    `required entries (${requiredIds.length}) with optional-language phrases: ${list(counts.requiredEntriesPerOptionalLanguage)}`,
  );
  console.log(`views      ${counts.views}; treaty references ${counts.treatyReferences}`);
  console.log(`views per party: ${list(counts.viewsPerSide)}`);
  console.log(`entries hearing each party: ${list(counts.entriesPerSide)}`);
}

main();
