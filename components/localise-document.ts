import { t } from './i18n';

/**
 * Sets the page's language and title from the messages file, so `lang` names the language the
 * strings are really in (the English fallback included), which screen readers use to pronounce.
 */
export function localiseDocument({
  titleKey = 'extensionName',
}: {
  titleKey?: 'extensionName' | 'optionsTitle' | 'sidePanelTitle';
} = {}): void {
  document.documentElement.lang = t('languageCode');
  document.title = t(titleKey);
}
