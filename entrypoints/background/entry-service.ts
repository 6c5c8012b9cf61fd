import { browser } from 'wxt/browser';
import { messagesFor } from '../../components/locale-messages';
import type { ReaderLanguage } from '../../knowledge/translations';
import type { KnowledgeBase, TreatyDocument } from '../../knowledge/types';
import { type EntryDetails, isMessage } from '../../utils/messages';

/**
 * Everything the hover card shows for one entry, in one language: the entry, the entries it
 * links to, its topic, the op-ed's record, only the treaty articles it cites (not whole
 * treaties), and the card's messages in that language (the content script carries none).
 */
export function entryDetails({
  knowledgeBase,
  entryId,
  language = 'en',
}: {
  knowledgeBase: KnowledgeBase;
  entryId: string;
  language?: ReaderLanguage;
}): EntryDetails | null {
  const entry = knowledgeBase.entries.find((candidate) => candidate.id === entryId);
  if (!entry) return null;
  const related = (entry.related ?? []).flatMap((id) => {
    const found = knowledgeBase.entries.find((candidate) => candidate.id === id);
    return found ? [found] : [];
  });
  const documents: TreatyDocument[] = [];
  for (const reference of entry.treaty ?? []) {
    const document = knowledgeBase.documents.find(
      (candidate) => candidate.id === reference.document,
    );
    const article = document?.articles.find((candidate) => candidate.id === reference.article);
    if (!document || !article) continue;
    const known = documents.find((candidate) => candidate.id === document.id);
    if (known) known.articles.push(article);
    else documents.push({ ...document, articles: [article] });
  }
  return {
    entry,
    related,
    topic: knowledgeBase.topics.find((topic) => topic.id === entry.topic),
    documents,
    opEd: knowledgeBase.opEd,
    language,
    messages: messagesFor(language),
  };
}

/** Answers `get-entry` from content scripts; the message wakes a sleeping service worker. */
export function serveEntries({
  knowledgeBaseIn,
}: {
  knowledgeBaseIn: (language: ReaderLanguage) => KnowledgeBase;
}): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isMessage(message) || message.type !== 'get-entry') {
      return undefined;
    }
    const language = message.language ?? 'en';
    return Promise.resolve(
      entryDetails({
        knowledgeBase: knowledgeBaseIn(language),
        entryId: message.entryId,
        language,
      }),
    );
  });
}
