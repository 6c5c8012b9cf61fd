import { browser } from 'wxt/browser';
import type { ReaderLanguage } from '../../knowledge/translations';
import type { EntryDetails } from '../../utils/messages';

export type EntryDetailsSource = (request: {
  entryId: string;
  language: ReaderLanguage;
}) => Promise<EntryDetails | null>;

/**
 * Full entries come from the background on demand, in the card's language (the content script
 * carries only what it matches with). The MV3 service worker may be asleep: the message wakes
 * it. Answers are kept for the life of the page, and a failed request is forgotten so the next
 * hover retries.
 */
export function createEntryDetailsCache(): EntryDetailsSource {
  const cache = new Map<string, Promise<EntryDetails | null>>();
  return ({ entryId, language }) => {
    const key = `${language}:${entryId}`;
    let request = cache.get(key);
    if (!request) {
      request = browser.runtime
        .sendMessage({ type: 'get-entry', entryId, language })
        .then((answer) => (answer ?? null) as EntryDetails | null)
        .catch(() => {
          cache.delete(key);
          return null;
        });
      cache.set(key, request);
    }
    return request;
  };
}
