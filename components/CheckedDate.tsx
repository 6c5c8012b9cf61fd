import { type MessageKey, t } from './i18n';

const monthKeys: MessageKey[] = [
  'monthJanuary',
  'monthFebruary',
  'monthMarch',
  'monthApril',
  'monthMay',
  'monthJune',
  'monthJuly',
  'monthAugust',
  'monthSeptember',
  'monthOctober',
  'monthNovember',
  'monthDecember',
];

/** The month and year of a `YYYY-MM-DD` date, or undefined if it is not one. */
export function monthOf(date: string): { month: MessageKey; year: string } | undefined {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  const month = match ? monthKeys[Number(match[2]) - 1] : undefined;
  return match?.[1] && month ? { month, year: match[1] } : undefined;
}

/**
 * When an entry was last checked, as "As of <Month YYYY>": the month name and the order of the
 * words come from the locale's messages, so a translation can say it its own way. A malformed
 * date shows nothing rather than a wrong one (the knowledge-base checks reject it at build).
 */
export function CheckedDate({ checked }: { checked: string }) {
  const parts = monthOf(checked);
  if (!parts) return null;
  return (
    <p class="tl-meta tl-checked" data-testid="entry-checked">
      <time dateTime={checked}>{t('entryCheckedAsOf', [t(parts.month), parts.year])}</time>
    </p>
  );
}
