import { useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { defaultSettings, settingsItem } from '../../utils/settings';

/** Reset to defaults, behind a second click so a stray press loses nothing. */
export function ResetSettings() {
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="tl-options-section" aria-labelledby="tl-reset-heading">
      <h2 id="tl-reset-heading">{t('resetHeading')}</h2>
      {confirming ? (
        <div class="tl-reset-confirm" role="group" aria-label={t('resetConfirmQuestion')}>
          <p>{t('resetConfirmQuestion')}</p>
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
          <button type="button" class="tl-button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="tl-button" data-testid="reset-settings" onClick={() => setConfirming(true)}>
          {t('resetButton')}
        </button>
      )}
    </section>
  );
}
