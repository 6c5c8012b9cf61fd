import type { Entry } from '../knowledge/types';
import { t } from './i18n';

/**
 * Related entries as links. They are links (not buttons) because they lead to another entry;
 * the host decides what "open" means (popup view, side panel), so without `onOpenEntry` the
 * titles are listed as plain text.
 */
export function RelatedEntries({
  related,
  onOpenEntry,
}: {
  related: Entry[];
  onOpenEntry?: (entryId: string) => void;
}) {
  if (related.length === 0) return null;
  return (
    <nav class="tl-section" aria-label={t('relatedHeading')} data-testid="related-entries">
      <h3 class="tl-section-title">{t('relatedHeading')}</h3>
      <ul class="tl-related">
        {related.map((entry) => (
          <li key={entry.id}>
            {onOpenEntry ? (
              <a
                href={`#entry/${entry.id}`}
                data-entry-id={entry.id}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenEntry(entry.id);
                }}
              >
                {entry.title}
              </a>
            ) : (
              <span data-entry-id={entry.id}>{entry.title}</span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
