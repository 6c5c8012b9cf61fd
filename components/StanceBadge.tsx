import { useId } from 'preact/hooks';
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

const stanceMeanings: Record<Stance, MessageKey> = {
  opposes: 'stanceOpposesMeaning',
  supports: 'stanceSupportsMeaning',
  sceptical: 'stanceScepticalMeaning',
  describes: 'stanceDescribesMeaning',
  'not-addressed': 'stanceNotAddressedMeaning',
};

/** What a stance means, in a sentence that names the op-ed as its holder. */
export function stanceMeaning({ stance }: { stance: Stance }): string {
  return t(stanceMeanings[stance]);
}

/**
 * The op-ed's stance as a small labelled pill, worded as the op-ed's ("The op-ed: opposes") so
 * it never reads as Treaty Lens's verdict; the colour repeats the word, never replaces it.
 * Its meaning is one hover or focus away: a tooltip shown on :hover and :focus-within of the
 * pill (which takes focus for that), tied to it with aria-describedby for screen readers.
 */
export function StanceBadge({
  stance,
  focusable = true,
}: {
  stance: Stance;
  /**
   * False in lists with a badge per row (popup, lookup), where a Tab stop each would bury the
   * list's own controls; the meaning is then a hover away and read out through aria-describedby.
   */
  focusable?: boolean;
}) {
  const tipId = `tl-stance-tip-${useId()}`;
  return (
    <span class="tl-stance-wrap">
      <span
        class={`tl-stance tl-stance--${stance}`}
        data-stance={stance}
        data-testid="stance-badge"
        tabIndex={focusable ? 0 : undefined}
        aria-describedby={tipId}
      >
        {t(stanceLabels[stance])}
      </span>
      <span class="tl-stance-tip" role="tooltip" id={tipId} data-testid="stance-meaning">
        {stanceMeaning({ stance })}
      </span>
    </span>
  );
}
