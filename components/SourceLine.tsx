import type { SourceRef } from '../knowledge/types';

/**
 * One line naming a source: title (a link when the card may link out), publisher and date.
 * Links open in a new tab so a click in the card never navigates the news page away.
 */
export function SourceLine({ source, linked }: { source: SourceRef; linked: boolean }) {
  const details = [source.publisher, source.date].filter(Boolean).join(', ');
  return (
    <span class="tl-source">
      {linked && source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {details && ` (${details})`}
    </span>
  );
}
