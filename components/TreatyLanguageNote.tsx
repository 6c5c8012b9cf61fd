import type { TreatyDocument } from '../knowledge/types';
import { t } from './i18n';

/** "English and French", in the reader's language (Intl names languages in every locale). */
function languageList({ codes, language }: { codes: string[]; language: string }): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return new Intl.ListFormat([language], { type: 'conjunction' }).format(
    codes.map((code) => names.of(code) ?? code),
  );
}

/**
 * Treaty text is shown verbatim in English. When the reader's language is another, this says so,
 * in that language, with the languages the document itself makes authentic where it names them.
 */
export function TreatyLanguageNote({ document }: { document: TreatyDocument }) {
  const language = t('languageCode');
  if (language === 'en' || language === 'languageCode') return null;
  const authentic = document.authenticLanguages;
  return (
    <p class="tl-meta" data-testid="treaty-language-note">
      {t('treatyQuotedInEnglish')}
      {authentic && ` ${t('treatyAuthenticTexts', [languageList({ codes: authentic, language })])}`}
    </p>
  );
}
