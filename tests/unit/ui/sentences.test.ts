import { describe, expect, it } from 'vitest';
import { leadSentences, sentenceAround } from '../../../components/sentences';
import { knowledgeBase } from '../../../knowledge/index';

describe('sentences', () => {
  it('cuts a summary after its first sentences, not after an abbreviation', () => {
    const text = 'The U.S. Senate ratified it in 1949. It binds every ally. Art. 5 is its core.';
    expect(leadSentences({ text, count: 2 })).toEqual({
      lead: 'The U.S. Senate ratified it in 1949. It binds every ally.',
      rest: 'Art. 5 is its core.',
    });
    expect(leadSentences({ text: 'One sentence only.', count: 2 })).toEqual({
      lead: 'One sentence only.',
      rest: '',
    });
  });

  it("gives Article 5's whole first sentence around its excerpt, with the clause it turns on", () => {
    const treaty = knowledgeBase.documents.find((doc) => doc.id === 'north-atlantic-treaty');
    const article = treaty?.articles.find((candidate) => candidate.id === '5');
    const text = article?.text ?? '';
    const sentence = sentenceAround({
      text,
      excerpt: 'an armed attack against one or more of them in Europe or North America',
    });
    expect(sentence.startsWith('The Parties agree that an armed attack')).toBe(true);
    expect(sentence).toContain('such action as it deems necessary');
    expect(sentence.endsWith('security of the North Atlantic area.')).toBe(true);
    // A verbatim slice of the document, never edited text.
    expect(text).toContain(sentence);
  });

  it('is a verbatim slice of its article for every treaty quote in the knowledge base', () => {
    for (const entry of knowledgeBase.entries) {
      for (const reference of entry.treaty ?? []) {
        const article = knowledgeBase.documents
          .find((doc) => doc.id === reference.document)
          ?.articles.find((candidate) => candidate.id === reference.article);
        if (!article) continue;
        const sentence = sentenceAround({ text: article.text, excerpt: reference.excerpt });
        expect(article.text, `${entry.id}: ${reference.article}`).toContain(sentence);
        if (reference.excerpt) expect(sentence).toContain(reference.excerpt);
      }
    }
  });
});
