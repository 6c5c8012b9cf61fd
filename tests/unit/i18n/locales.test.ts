import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerLanguages } from '../../../knowledge/translations';

type MessagesFile = Record<string, { message: string; description?: string }>;
const localesDir = join(import.meta.dirname, '../../../public/_locales');
const read = (language: string): MessagesFile =>
  JSON.parse(readFileSync(join(localesDir, language, 'messages.json'), 'utf8'));
const english = read('en');
const placeholders = (message: string) => (message.match(/\$\d/g) ?? []).sort().join(' ');

describe('interface messages in every language', () => {
  it('ships a locale for each language the extension speaks, and no other', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...readerLanguages].sort());
  });

  for (const language of readerLanguages.filter((candidate) => candidate !== 'en')) {
    describe(language, () => {
      const messages = read(language);

      it('has every English key and no other', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it('keeps every placeholder of each message, and adds none', () => {
        const lost = Object.entries(english).filter(
          ([key, { message }]) =>
            placeholders(message) !== placeholders(messages[key]?.message ?? ''),
        );
        expect(lost.map(([key]) => key)).toEqual([]);
      });

      it('says something for every key, and names itself by its own code', () => {
        const empty = Object.entries(messages).filter(([, { message }]) => message.trim() === '');
        expect(empty.map(([key]) => key)).toEqual([]);
        expect(messages.languageCode?.message).toBe(language);
      });

      it("keeps the store description within Chrome's 132 characters", () => {
        expect(messages.extensionDescription?.message.length).toBeLessThanOrEqual(132);
        expect(messages.extensionName?.message).toBe('Treaty Lens');
      });
    });
  }
});
