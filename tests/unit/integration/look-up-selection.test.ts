import { describe, expect, it } from 'vitest';
import { createSelectionLookup } from '../../../entrypoints/background/look-up-selection';
import { knowledgeBase } from '../../../knowledge/index';

const lookup = createSelectionLookup({ entries: knowledgeBase.entries });

describe('looking up selected text', () => {
  it('opens the entry the matcher finds in the selection', () => {
    expect(lookup.targetFor({ selectionText: 'security guarantees' })).toEqual({
      entryId: 'security-guarantees',
    });
  });

  it('ignores context rules: the reader asked about this very phrase', () => {
    // Alone, "Article 5" is not marked on a page (it needs NATO nearby); a lookup still finds it.
    expect(lookup.targetFor({ selectionText: '  Article 5 ' })).toEqual({
      entryId: 'nato-article-5',
    });
  });

  it('finds an entry by search when the matcher marks nothing', () => {
    const target = lookup.targetFor({ selectionText: 'tripwire' });
    expect(target.entryId ?? target.query).toBeDefined();
    if (target.entryId) expect(target.entryId).toBe('tripwire-force');
    else expect(target.query).toBe('tripwire');
  });

  it('opens the search results when the selection names several concepts', () => {
    const selectionText = 'security guarantees under Article 5 and a tripwire force';
    expect(lookup.targetFor({ selectionText })).toEqual({ query: selectionText });
  });

  it('opens the search results, not a guess, for text the knowledge base does not know', () => {
    expect(lookup.targetFor({ selectionText: 'weather\nforecast' })).toEqual({
      query: 'weather forecast',
    });
  });
});
