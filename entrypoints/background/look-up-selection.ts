import { createEntrySearch } from '../../components/search-entries';
import type { SidePanelTarget } from '../../components/side-panel';
import type { Entry } from '../../knowledge/types';
import { createMatcher, type Matcher } from '../../utils/matcher/index';

/** Longer selections are cut: a lookup is for a phrase, not an article. */
const maxSelectionLength = 300;

export interface SelectionLookup {
  /** The side panel target for a selected text: one entry, or the search for the text. */
  targetFor(options: { selectionText: string }): SidePanelTarget;
}

/**
 * What "Look up “…” in Treaty Lens" opens. The matcher reads the selection first, with every
 * alias, language and inflection but without the context rules (the reader asked, so "Article
 * 5" needs no NATO nearby): one concept found there is the best match. Otherwise the typo-
 * tolerant search decides: a single result is the match, anything else opens the search
 * results for the text, so phrases the matcher does not mark still find their entries.
 */
export function createSelectionLookup({ entries }: { entries: readonly Entry[] }): SelectionLookup {
  let matcher: Matcher | undefined;
  let search: ReturnType<typeof createEntrySearch> | undefined;
  return {
    targetFor({ selectionText }) {
      const text = selectionText.replace(/\s+/g, ' ').trim().slice(0, maxSelectionLength);
      if (text === '') return { query: '' };
      // Built on first use (a few ms): the service worker starts for every message, not for this.
      matcher ??= createMatcher({
        entries: entries.map(({ id, topic, phrases }) => ({ id, topic, phrases })),
      });
      const found = new Set(matcher.findConcepts({ text }).map((match) => match.entryId));
      if (found.size === 1) return { entryId: [...found][0] as string };
      search ??= createEntrySearch({ entries: [...entries] });
      const results = search.search({ query: text, limit: 2 });
      if (found.size === 0 && results.length === 1) return { entryId: (results[0] as Entry).id };
      return { query: text };
    },
  };
}
