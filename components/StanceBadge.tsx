import type { Stance } from '../knowledge/types';
import { type MessageKey, t } from './i18n';
import './stance-badge.css';

const stanceLabels: Record<Stance, MessageKey> = {
  opposes: 'stanceOpposes',
  supports: 'stanceSupports',
  sceptical: 'stanceSceptical',
  describes: 'stanceDescribes',
  'not-addressed': 'stanceNotAddressed',
};

/** The op-ed's stance as a short word; the colour repeats the word, never replaces it. */
export function StanceBadge({ stance }: { stance: Stance }) {
  return (
    <span class={`tl-stance tl-stance--${stance}`} data-stance={stance}>
      {t(stanceLabels[stance])}
    </span>
  );
}
