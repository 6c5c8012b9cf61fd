import { describe, expect, it } from 'vitest';
import { createEntrySearch } from '../../../components/search-entries';
import { knowledgeBase } from '../../../knowledge/index';

const search = createEntrySearch({ entries: knowledgeBase.entries });
const ids = (query: string) => search.search({ query }).map((entry) => entry.id);

describe('the lookup over the real knowledge base', () => {
  it('reads "art 5" and "art. 5" as "article 5"', () => {
    expect(ids('nato art 5')[0]).toBe('nato-article-5');
    expect(ids('art. 5')).toContain('nato-article-5');
  });

  it('finds the entries the op-ed takes a position on by its name', () => {
    const found = ids('Cato op-ed');
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) {
      const entry = knowledgeBase.entries.find((candidate) => candidate.id === id);
      expect(entry?.opEd.stance, id).not.toBe('not-addressed');
    }
  });

  it('finds an entry by what a party said on it: "Minsk" in a view of the ceasefire', () => {
    expect(ids('Minsk')[0]).toBe('ceasefire');
    expect(ids('Zelensky Minsk')[0]).toBe('ceasefire');
  });

  it('still finds by typo', () => {
    expect(ids('tripwre')[0]).toBe('tripwire-force');
  });
});
