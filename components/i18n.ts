import { browser } from 'wxt/browser';
import type englishMessages from '../public/_locales/en/messages.json';

/** Every key of the English messages file; a typo in a key is a type error. */
export type MessageKey = keyof typeof englishMessages;

/** One language's messages, key to text with `$1`… placeholders, as in messages.json. */
export type MessageTable = Partial<Record<string, string>>;

/**
 * The messages in use when the reader's language is not the browser's (a fixed choice in the
 * options, or a card that speaks the language of the text it was found in). One per JavaScript
 * context: a page shows one language at a time, and so does the one card a page has open.
 */
let chosenMessages: MessageTable | undefined;

/** Speak `table`'s language from now on in this context; undefined goes back to the browser's. */
export function setMessageTable(table: MessageTable | undefined): void {
  chosenMessages = table;
}

/** `$1`…`$9` replaced as browser.i18n.getMessage does; `$$` is a dollar sign. */
function substitute(message: string, substitutions: string[] = []): string {
  return message.replace(/\$(\$|\d)/g, (_, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

/**
 * The text shown to the reader for a message key, in the chosen language, else the browser's.
 * Kept positional (`t('key', [...])`) like `browser.i18n.getMessage` itself, so call sites read
 * as the message they show. Falls back to the key so a missing string is visible, never blank.
 */
export function t(key: MessageKey, substitutions?: string[]): string {
  const chosen = chosenMessages?.[key];
  if (chosen) return substitute(chosen, substitutions);
  // WXT types getMessage from the messages file only when it generates types; the key type
  // above is checked against the file itself, so the call is widened here.
  const i18n = browser.i18n as
    | { getMessage(name: string, substitutions?: string[]): string }
    | undefined;
  return i18n?.getMessage(key, substitutions) || key;
}
