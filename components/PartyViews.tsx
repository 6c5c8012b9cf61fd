import type { PartyView } from '../knowledge/types';
import { t } from './i18n';
import { SourceLine } from './SourceLine';

/** Other parties' views, each attributed to who holds it and where they said it. */
export function PartyViews({
  views,
  variant,
}: {
  views: PartyView[];
  variant: 'compact' | 'full';
}) {
  if (views.length === 0) return null;
  // The hover card has little room: one view there, every view in the full entry.
  const shown = variant === 'compact' ? views.slice(0, 1) : views;
  return (
    <section class="tl-section" data-testid="party-views" aria-label={t('otherViewsHeading')}>
      <h3 class="tl-section-title">{t('otherViewsHeading')}</h3>
      <ul class="tl-views">
        {shown.map((view) => (
          <li key={`${view.party}:${view.source.title}`} data-testid="party-view">
            <strong class="tl-party">{view.party}:</strong> {view.view}{' '}
            <span class="tl-meta">
              — <SourceLine source={view.source} linked={variant === 'full'} />
            </span>
          </li>
        ))}
      </ul>
      {shown.length < views.length && (
        <p class="tl-meta">{t('moreViews', [String(views.length - shown.length)])}</p>
      )}
    </section>
  );
}
