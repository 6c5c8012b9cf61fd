import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/types';

/**
 * What the lookup searches: the title, every phrase in every language, the summary, the op-ed's
 * part and what the other parties said (so "Minsk" finds the entry whose views recall it).
 */
interface SearchableEntry {
  entry: Entry;
  title: string;
  phrases: string[];
  summary: string;
  /** What the op-ed argues about it, and the op-ed's names, where it takes a position. */
  opEd: string;
  views: string[];
}

/** How readers abbreviate: "art 5", "art. 5" mean "article 5". */
function expandAbbreviations(query: string): string {
  return query.replace(/\bart\.?(?=\s*\d)/gi, 'article');
}

/** Names a reader may give the op-ed; entries it takes a position on answer to them. */
const opEdNames = 'op-ed Cato at Liberty No US Security Guarantees for Ukraine';

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
    opEd: entry.opEd.stance === 'not-addressed' ? '' : `${opEdNames} ${entry.opEd.summary}`,
    views: (entry.views ?? []).map((view) => `${view.party} ${view.view}`),
  }));
  const fuse = new Fuse(searchable, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'phrases', weight: 2 },
      { name: 'summary', weight: 1 },
      { name: 'opEd', weight: 0.5 },
      { name: 'views', weight: 0.5 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
    minMatchCharLength: 2,
  });
  return {
    search({ query, limit = 8 }) {
      const trimmed = expandAbbreviations(query.trim());
      if (trimmed === '') return [];
      const whole = fuse.search(trimmed, { limit }).map((result) => result.item.entry);
      if (!/\s/.test(trimmed)) return whole;
      // Several words: entries that hold every word come first ("nato article 5", "Zelensky
      // Minsk"), since a typo-tolerant match of the whole string also fits many long texts.
      // Each word must be there as written (case and accents aside): one typo-tolerant word
      // each would let "weather forecast" find a "force".
      const words = trimmed.split(/\s+/).filter((word) => word.length >= 2);
      const keys = ['title', 'phrases', 'summary', 'opEd', 'views'];
      const everyWord = fuse
        .search({ $and: words.map((word) => ({ $or: keys.map((key) => ({ [key]: word })) })) })
        .filter(({ item }) => {
          const text = foldForSearch(
            [item.title, ...item.phrases, item.summary, item.opEd, ...item.views].join(' '),
          );
          return words.every((word) => text.includes(foldForSearch(word)));
        })
        .map((result) => result.item.entry);
      // Among those, the closer match of the whole string leads ("nato article 5": the article).
      const rankOfWhole = (entry: Entry) => {
        const rank = whole.indexOf(entry);
        return rank === -1 ? whole.length : rank;
      };
      everyWord.sort((a, b) => rankOfWhole(a) - rankOfWhole(b));
      return [...new Set([...everyWord, ...whole])].slice(0, limit);
    },
  };
}

/** Lower case without accents, as the search compares words. */
function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
