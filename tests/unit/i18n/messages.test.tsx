import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleTitle } from '../../../components/article-label';
import { setMessageTable, t } from '../../../components/i18n';
import { messagesFor } from '../../../components/locale-messages';
import { TreatyLanguageNote } from '../../../components/TreatyLanguageNote';
import { knowledgeBase } from '../../../knowledge/index';
import { installEnglishMessages } from '../ui/install-i18n';

const document = (id: string) => {
  const found = knowledgeBase.documents.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

beforeEach(() => installEnglishMessages());
afterEach(() => {
  setMessageTable(undefined);
  cleanup();
});

describe('messages in a chosen language', () => {
  it("speak the chosen table's language, with placeholders filled, and go back to the browser's", () => {
    setMessageTable(messagesFor('de'));
    expect(t('languageCode')).toBe('de');
    expect(t('opEdParagraph', ['11'])).toContain('11');
    expect(t('opEdParagraph', ['11'])).not.toBe('paragraph 11');
    setMessageTable(undefined);
    expect(t('opEdParagraph', ['11'])).toBe('paragraph 11');
  });

  it("say in the reader's language that treaty text is quoted in English, naming the authentic texts", () => {
    setMessageTable(messagesFor('de'));
    render(<TreatyLanguageNote document={document('north-atlantic-treaty')} />);
    const note = screen.getByTestId('treaty-language-note').textContent ?? '';
    expect(note).toContain(messagesFor('de').treatyQuotedInEnglish);
    // Intl names the languages in German: "Englisch und Französisch".
    expect(note).toContain('Englisch und Französisch');
  });

  it("name a treaty's article in the reader's language, keeping only real headings", () => {
    setMessageTable(messagesFor('pl'));
    const label = t('articleLabel', ['5']);
    expect(label).not.toBe('Article 5');
    // Headings that are only the English numbering do not follow the Polish label.
    expect(articleTitle({ articleId: '5', heading: 'Article 5' })).toBe(label);
    expect(articleTitle({ articleId: '5', heading: 'Article V' })).toBe(label);
    expect(articleTitle({ articleId: '4', heading: 'Article IV (first paragraph)' })).toBe(
      `${t('articleLabel', ['4'])}: Article IV (first paragraph)`,
    );
    setMessageTable(undefined);
    expect(articleTitle({ articleId: '51', heading: 'Article 51' })).toBe('Article 51');
  });

  it('say nothing about the language in English', () => {
    render(<TreatyLanguageNote document={document('north-atlantic-treaty')} />);
    expect(screen.queryByTestId('treaty-language-note')).toBeNull();
  });
});
