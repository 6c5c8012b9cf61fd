import type { Entry, KnowledgeBase, OpEdRecord, Topic, TreatyDocument } from './types';

/**
 * Assembles the knowledge base from its raw files, sorted by id so every context
 * (content script, popup, node tools) sees the same order. Shape validation against the
 * JSON Schema happens at build time and in the tests, so the bundle carries no validator.
 */
export function buildKnowledgeBase({
  entries,
  documents,
  topics,
  opEd,
}: {
  entries: Entry[];
  documents: TreatyDocument[];
  topics: Topic[];
  opEd: OpEdRecord;
}): KnowledgeBase {
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    entries: [...entries].sort(byId),
    documents: [...documents].sort(byId),
    topics,
    opEd,
  };
}
