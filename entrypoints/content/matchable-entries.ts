import topicList from '../../knowledge/topics.json';
import type { Topic } from '../../knowledge/types';
import type { PageEntry } from '../../utils/page-entries';

export type { PageEntry } from '../../utils/page-entries';

let entries: readonly PageEntry[] = [];

/**
 * Every knowledge-base entry reduced to what matching and the page summary need. They come
 * with the matcher's bundle (lazy-matcher.ts), so none before the match gate let a block
 * through: nothing is marked before.
 */
export const pageEntries = (): readonly PageEntry[] => entries;

/** The matcher's bundle brought the entries. */
export function entriesLoaded(loaded: readonly PageEntry[]): void {
  entries = loaded;
}

export const topics: Topic[] = topicList;
