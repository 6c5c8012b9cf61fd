import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/types';

/** What the lookup searches: the title, every phrase in every language, and the summary. */
interface SearchableEntry {
  entry: Entry;
  title: string;
  phrases: string[];
  summary: string;
}

export interface EntrySearch {
  search(input: { query: string; limit?: number }): Entry[];
}

/**
 * A typo-tolerant search over the knowledge base, built once per page. Titles weigh most, then
 * phrases (so "Artikel 5" or "гарантії безпеки" find their entry), then summaries; location is
 * ignored because a word deep in a summary matters as much as one at its start.
 */
export function createEntrySearch({ entries }: { entries: Entry[] }): EntrySearch {
  const searchable: SearchableEntry[] = entries.map((entry) => ({
    entry,
    title: entry.title,
    phrases: Object.values(entry.phrases).flat(),
    summary: entry.summary,
  }));
  const fuse = new Fuse(searchable, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'phrases', weight: 2 },
      { name: 'summary', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
    minMatchCharLength: 2,
  });
  return {
    search({ query, limit = 8 }) {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      return fuse.search(trimmed, { limit }).map((result) => result.item.entry);
    },
  };
}
