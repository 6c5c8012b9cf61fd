import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../../public/_locales/en/messages.json';

/**
 * WXT's fake browser has no `i18n`; component tests read the real English file so a missing
 * or renamed key shows up as the key itself in the rendered text.
 */
export function installEnglishMessages(): void {
  const table = messages as Record<string, { message: string }>;
  (fakeBrowser as unknown as { i18n: unknown }).i18n = {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const message = table[key]?.message;
      if (message === undefined) return '';
      const values = substitutions === undefined ? [] : [substitutions].flat();
      return message.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
    },
    getUILanguage: () => 'en',
  };
}
