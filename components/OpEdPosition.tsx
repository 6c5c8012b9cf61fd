import type { OpEdRecord, OpEdPosition as Position } from '../knowledge/types';
import { t } from './i18n';
import { StanceBadge } from './StanceBadge';

/**
 * What the op-ed argues about one concept, always labelled as the op-ed's so the reader never
 * mistakes it for the project's view. The full variant links the op-ed and repeats its caveat
 * (author and date are inferred, not confirmed).
 */
export function OpEdPosition({
  position,
  opEd,
  variant,
}: {
  position: Position;
  opEd: OpEdRecord;
  variant: 'compact' | 'full';
}) {
  const where =
    position.paragraph === undefined
      ? t('opEdWholeText')
      : t('opEdParagraph', [String(position.paragraph)]);
  return (
    <section class="tl-section tl-oped" data-testid="op-ed-position" aria-label={t('opEdHeading')}>
      <h3 class="tl-section-title">
        {t('opEdHeading')} <StanceBadge stance={position.stance} />
      </h3>
      <p class="tl-oped-summary">{position.summary}</p>
      <p class="tl-meta">
        {variant === 'full' ? (
          <a href={opEd.url} target="_blank" rel="noopener noreferrer">
            {opEd.title}
          </a>
        ) : (
          <cite>{opEd.title}</cite>
        )}
        {` (${opEd.outlet}), ${where}`}
      </p>
      {variant === 'full' && !(opEd.authorConfirmed && opEd.dateConfirmed) && (
        <p class="tl-meta tl-caveat" data-testid="op-ed-caveat">
          {t('opEdAttribution', [opEd.author, opEd.date])} {opEd.caveat}
        </p>
      )}
    </section>
  );
}
