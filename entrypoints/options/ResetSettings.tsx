import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { defaultSettings, settingsItem } from '../../utils/settings';

/** Reset to defaults, behind a second click so a stray press loses nothing. */
export function ResetSettings() {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);
  // The button pressed disappears; focus goes to the safe choice, and back when done.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (shown.current) start.current?.focus();
    shown.current = true;
  }, [confirming]);
  return (
    <section class="tl-options-section" aria-labelledby="tl-reset-heading">
      <h2 id="tl-reset-heading">{t('resetHeading')}</h2>
      {confirming ? (
        <fieldset class="tl-fieldset tl-reset-confirm">
          <legend>{t('resetConfirmQuestion')}</legend>
          <button
            type="button"
            class="tl-button tl-button--primary"
            data-testid="reset-confirm"
            onClick={() => {
              void settingsItem.setValue({ ...defaultSettings });
              setConfirming(false);
            }}
          >
            {t('resetConfirm')}
          </button>{' '}
          <button ref={cancel} type="button" class="tl-button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </fieldset>
      ) : (
        <button
          ref={start}
          type="button"
          class="tl-button"
          data-testid="reset-settings"
          onClick={() => setConfirming(true)}
        >
          {t('resetButton')}
        </button>
      )}
    </section>
  );
}
