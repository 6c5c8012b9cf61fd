import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import {
  type CardTrigger,
  hoverDelayLimits,
  type ModifierKey,
  type Settings,
} from '../../utils/settings';
import type { ChangeSettings } from './App';
import { RadioGroup } from './RadioGroup';

const modifierKeys: { value: ModifierKey; label: 'keyAlt' | 'keyShift' | 'keyControl' }[] = [
  { value: 'Alt', label: 'keyAlt' },
  { value: 'Shift', label: 'keyShift' },
  { value: 'Control', label: 'keyControl' },
];

/** How cards open: on hover after a delay, on click only, or on hover with a modifier key. */
export function CardSettings({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  return (
    <section class="tl-options-section" aria-labelledby="tl-cards-heading">
      <h2 id="tl-cards-heading">{t('cardsHeading')}</h2>
      <RadioGroup<CardTrigger>
        name="cardTrigger"
        legend="cardTriggerLegend"
        value={settings.cardTrigger}
        choices={[
          { value: 'hover', label: 'cardTriggerHover' },
          { value: 'click', label: 'cardTriggerClick' },
          { value: 'modifier', label: 'cardTriggerModifier' },
        ]}
        onChoose={(cardTrigger) => change(() => ({ cardTrigger }))}
      />
      {settings.cardTrigger !== 'click' && (
        <HoverDelay value={settings.hoverDelayMs} change={change} />
      )}
      {settings.cardTrigger === 'modifier' && (
        <div class="tl-field">
          <label class="tl-label" for="tl-modifier-key">
            {t('modifierKeyLabel')}
          </label>
          <select
            id="tl-modifier-key"
            class="tl-input tl-input--short"
            data-setting="modifierKey"
            value={settings.modifierKey}
            onChange={(event) => {
              const modifierKey = event.currentTarget.value as ModifierKey;
              change(() => ({ modifierKey }));
            }}
          >
            {modifierKeys.map((key) => (
              <option key={key.value} value={key.value}>
                {t(key.label)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}

/** The hover delay in milliseconds; saved only when it is a whole number in range. */
function HoverDelay({ value, change }: { value: number; change: ChangeSettings }) {
  // What the reader typed, tied to the stored value it was typed over: when the stored value
  // changes (saved, reset, another device) the field shows the new value instead.
  const [draft, setDraft] = useState({ text: String(value), over: value });
  const text = draft.over === value ? draft.text : String(value);
  const parsed = Number(text);
  const valid =
    text.trim() !== '' &&
    Number.isInteger(parsed) &&
    parsed >= hoverDelayLimits.min &&
    parsed <= hoverDelayLimits.max;
  return (
    <div class="tl-field">
      <label class="tl-label" for="tl-hover-delay">
        {t('hoverDelayLabel')}
      </label>
      <input
        id="tl-hover-delay"
        class="tl-input tl-input--short"
        data-setting="hoverDelayMs"
        type="number"
        inputMode="numeric"
        min={hoverDelayLimits.min}
        max={hoverDelayLimits.max}
        step={50}
        value={text}
        aria-invalid={valid ? undefined : true}
        aria-describedby="tl-hover-delay-hint"
        onInput={(event) => {
          const next = event.currentTarget.value;
          setDraft({ text: next, over: value });
          const number = Number(next);
          if (
            next.trim() !== '' &&
            Number.isInteger(number) &&
            number >= hoverDelayLimits.min &&
            number <= hoverDelayLimits.max
          ) {
            change(() => ({ hoverDelayMs: number }));
          }
        }}
      />
      <p
        class={valid ? 'tl-hint' : 'tl-error'}
        id="tl-hover-delay-hint"
        role={valid ? undefined : 'alert'}
      >
        {t('hoverDelayHint', [String(hoverDelayLimits.min), String(hoverDelayLimits.max)])}
      </p>
    </div>
  );
}
