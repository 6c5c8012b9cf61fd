import { browser } from 'wxt/browser';
import type { EntryDetails } from '../../utils/messages';

/**
 * Full entries come from the background on demand (the content script carries only what it
 * matches with). The MV3 service worker may be asleep: the message wakes it. Answers are kept
 * for the life of the page, and a failed request is forgotten so the next hover retries.
 */
export function createEntryDetailsCache(): (entryId: string) => Promise<EntryDetails | null> {
  const cache = new Map<string, Promise<EntryDetails | null>>();
  return (entryId) => {
    let request = cache.get(entryId);
    if (!request) {
      request = browser.runtime
        .sendMessage({ type: 'get-entry', entryId })
        .then((answer) => (answer ?? null) as EntryDetails | null)
        .catch(() => {
          cache.delete(entryId);
          return null;
        });
      cache.set(entryId, request);
    }
    return request;
  };
}
