import { describe, expect, it } from 'vitest';
import {
  chooseCardLanguage,
  choosePageLanguage,
  spokenLanguageOf,
} from '../../../utils/reader-language';

describe('which language the card speaks', () => {
  it('speaks the language of the phrase it was found by, before the page and the browser', () => {
    expect(
      chooseCardLanguage({
        setting: 'auto',
        phraseLanguage: 'de',
        pageLanguage: 'en',
        uiLanguage: 'ru',
      }),
    ).toBe('de');
  });

  it("falls back to the page's lang when the phrase's language is not one it speaks", () => {
    // Portuguese phrases are matched, but there is no Portuguese card.
    expect(
      chooseCardLanguage({
        setting: 'auto',
        phraseLanguage: 'pt',
        pageLanguage: 'uk-UA',
        uiLanguage: 'ru',
      }),
    ).toBe('uk');
  });

  it("then to the browser's language, then English", () => {
    expect(
      chooseCardLanguage({
        setting: 'auto',
        phraseLanguage: 'es',
        pageLanguage: '',
        uiLanguage: 'uk',
      }),
    ).toBe('uk');
    expect(
      chooseCardLanguage({
        setting: 'auto',
        phraseLanguage: 'es',
        pageLanguage: 'it',
        uiLanguage: 'ja',
      }),
    ).toBe('en');
  });

  it("lets the reader's fixed choice win over everything", () => {
    expect(
      chooseCardLanguage({
        setting: 'ru',
        phraseLanguage: 'uk',
        pageLanguage: 'uk',
        uiLanguage: 'uk',
      }),
    ).toBe('ru');
  });
});

describe('which language the pages speak', () => {
  it("follow the browser's interface language unless the reader fixed one", () => {
    expect(choosePageLanguage({ setting: 'auto', uiLanguage: 'de-AT' })).toBe('de');
    expect(choosePageLanguage({ setting: 'auto', uiLanguage: 'pt-BR' })).toBe('en');
    expect(choosePageLanguage({ setting: 'uk', uiLanguage: 'de' })).toBe('uk');
  });

  it('reads a BCP 47 tag by its primary language, whatever its case or separator', () => {
    expect(spokenLanguageOf('UK_ua')).toBe('uk');
    expect(spokenLanguageOf(' ru ')).toBe('ru');
    expect(spokenLanguageOf(undefined)).toBeUndefined();
    expect(spokenLanguageOf('x-klingon')).toBeUndefined();
  });
});
