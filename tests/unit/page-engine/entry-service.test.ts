import { describe, expect, it } from 'vitest';
import { entryDetails } from '../../../entrypoints/background/entry-service';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';

const knowledgeBase = loadKnowledgeBaseFromDisk();

describe('entryDetails', () => {
  it('sends the entry with only the treaty articles it cites', () => {
    const details = entryDetails({ knowledgeBase, entryId: 'nato-article-5' });
    expect(details?.entry.id).toBe('nato-article-5');
    expect(details?.topic?.id).toBe(details?.entry.topic);
    const cited = new Set(
      (details?.entry.treaty ?? []).map((ref) => `${ref.document}:${ref.article}`),
    );
    const sent = (details?.documents ?? []).flatMap((document) =>
      document.articles.map((article) => `${document.id}:${article.id}`),
    );
    expect(sent.length).toBeGreaterThan(0);
    for (const article of sent) expect(cited.has(article)).toBe(true);
    expect(sent.join(' ')).toContain('north-atlantic-treaty:5');
  });

  it('resolves related entries and answers null for an unknown id', () => {
    const withRelated = knowledgeBase.entries.find((entry) => (entry.related ?? []).length > 0);
    if (withRelated) {
      const details = entryDetails({ knowledgeBase, entryId: withRelated.id });
      expect(details?.related.map((entry) => entry.id)).toEqual(
        (withRelated.related ?? []).filter((id) =>
          knowledgeBase.entries.some((entry) => entry.id === id),
        ),
      );
    }
    expect(entryDetails({ knowledgeBase, entryId: 'no-such-entry' })).toBeNull();
  });
});
