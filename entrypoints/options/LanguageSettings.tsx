import { t } from '../../components/i18n';
import { isReaderLanguage, readerLanguages } from '../../knowledge/translations';
import type { Settings } from '../../utils/settings';
import type { ChangeSettings } from './App';

/** Each language named in itself, so a reader finds theirs whatever language the page is in. */
const endonyms: Partial<Record<string, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
  pl: 'Polski',
};

/** One language for every card and page, or automatic (cards: the text's; pages: the browser's). */
export function LanguageSettings({
  settings,
  change,
}: {
  settings: Settings;
  change: ChangeSettings;
}) {
  return (
    <section class="tl-options-section" aria-labelledby="tl-language-heading">
      <h2 id="tl-language-heading">{t('languageLegend')}</h2>
      <div class="tl-field">
        <select
          id="tl-language"
          class="tl-input tl-input--short"
          data-setting="language"
          aria-labelledby="tl-language-heading"
          aria-describedby="tl-language-hint"
          value={settings.language}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const language = isReaderLanguage(value) ? value : 'auto';
            change(() => ({ language }));
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          {readerLanguages.map((language) => (
            <option value={language} lang={language} key={language}>
              {endonyms[language] ?? language}
            </option>
          ))}
        </select>
      </div>
      <p class="tl-hint" id="tl-language-hint">
        {t('languageHint')}
      </p>
    </section>
  );
}
