import type { MatchableEntry } from './matcher/index';

/** What the content script knows about an entry: enough to match it and to name it. */
export interface PageEntry extends MatchableEntry {
  title: string;
}

/**
 * The fields the content script needs to match an entry and name it in the page summary: every
 * field the matcher reads (`MatchableEntry`, checked by the type below) and the title. A field
 * left out here silently loses its marks on pages while the node tools still find them.
 */
export const pageEntryFields = [
  'id',
  'title',
  'topic',
  'phrases',
  'descriptions',
  'shortForms',
  'context',
] as const satisfies readonly (keyof PageEntry)[];
type Shipped = (typeof pageEntryFields)[number];
// Fails to compile when the matcher reads a field that the content script is not given.
const everyMatchableFieldShipped: Record<Exclude<keyof PageEntry, Shipped>, never> = {};
void everyMatchableFieldShipped;

/** An entry (of the knowledge base, or as read from its file) reduced to its page fields. */
export function toPageEntry(entry: object): PageEntry {
  return Object.fromEntries(
    pageEntryFields
      .filter((field) => field in entry)
      .map((field) => [field, (entry as Record<string, unknown>)[field]]),
  ) as unknown as PageEntry;
}
