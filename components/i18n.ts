import { browser } from 'wxt/browser';
import type englishMessages from '../public/_locales/en/messages.json';

/** Every key of the English messages file; a typo in a key is a type error. */
export type MessageKey = keyof typeof englishMessages;

/**
 * The text shown to the reader for a message key, in the browser's language.
 * Kept positional (`t('key', [...])`) like `browser.i18n.getMessage` itself, so call sites read
 * as the message they show. Falls back to the key so a missing string is visible, never blank.
 */
export function t(key: MessageKey, substitutions?: string[]): string {
  // WXT types getMessage from the messages file only when it generates types; the key type
  // above is checked against the file itself, so the call is widened here.
  const i18n = browser.i18n as
    | { getMessage(name: string, substitutions?: string[]): string }
    | undefined;
  return i18n?.getMessage(key, substitutions) || key;
}
