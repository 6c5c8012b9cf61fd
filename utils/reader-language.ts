import { isReaderLanguage, type ReaderLanguage } from '../knowledge/translations';

/** The reader's choice in the options page: one language for everything, or 'auto'. */
export type LanguageSetting = 'auto' | ReaderLanguage;

/** The language of a BCP 47 tag if the extension speaks it ("uk-UA" is "uk"), else undefined. */
export function spokenLanguageOf(tag: string | null | undefined): ReaderLanguage | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isReaderLanguage(primary) ? primary : undefined;
}

/**
 * The language a card speaks: the reader's fixed choice; else the language of the phrase it was
 * found by (a German phrase on an English page is read by a German reader), else the page's
 * `lang`, else the browser's interface language, else English.
 */
export function chooseCardLanguage({
  setting,
  phraseLanguage,
  pageLanguage,
  uiLanguage,
}: {
  setting: LanguageSetting;
  phraseLanguage?: string;
  pageLanguage?: string | null;
  uiLanguage?: string;
}): ReaderLanguage {
  if (setting !== 'auto') return setting;
  return (
    spokenLanguageOf(phraseLanguage) ??
    spokenLanguageOf(pageLanguage) ??
    spokenLanguageOf(uiLanguage) ??
    'en'
  );
}

/** The language of the popup, side panel, options and welcome pages: the choice, else the browser's. */
export function choosePageLanguage({
  setting,
  uiLanguage,
}: {
  setting: LanguageSetting;
  uiLanguage?: string;
}): ReaderLanguage {
  return setting !== 'auto' ? setting : (spokenLanguageOf(uiLanguage) ?? 'en');
}
