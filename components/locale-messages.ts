import type { ReaderLanguage } from '../knowledge/translations';
import type { MessageTable } from './i18n';

type MessagesFile = Record<string, { message: string }>;

// Every locale's messages.json, bundled where a page or the card must speak a language other than
// the browser's (browser.i18n only ever answers in the browser's). Not in the content script:
// the background sends the card the one table it needs.
const files = import.meta.glob<MessagesFile>('../public/_locales/*/messages.json', {
  eager: true,
  import: 'default',
});

const tables = new Map<string, MessageTable>(
  Object.entries(files).map(([path, file]) => [
    path.split('/').at(-2) ?? '',
    Object.fromEntries(Object.entries(file).map(([key, value]) => [key, value.message])),
  ]),
);

/** The messages of one language, key to text (English for a language without a file). */
export function messagesFor(language: ReaderLanguage): MessageTable {
  return tables.get(language) ?? tables.get('en') ?? {};
}
