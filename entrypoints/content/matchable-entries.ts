import pageEntryList from 'virtual:treaty-lens/page-entries';
import topicList from '../../knowledge/topics.json';
import type { Topic } from '../../knowledge/types';
import type { MatchableEntry } from '../../utils/matcher/index';

/** What the content script knows about an entry: enough to match it and to name it. */
export interface PageEntry extends MatchableEntry {
  title: string;
}

/**
 * Every knowledge-base entry reduced to what matching and the page summary need (built by
 * build-plugins.ts), parsed on the first call. Summaries, views and treaty text come from the
 * background on hover.
 */
export const pageEntries = (): readonly PageEntry[] => pageEntryList() as readonly PageEntry[];

export const topics: Topic[] = topicList;
