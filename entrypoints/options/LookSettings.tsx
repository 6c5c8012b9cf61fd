import { t } from '../../components/i18n';
import type { Topic } from '../../knowledge/types';
import type { MarkStyle, Settings } from '../../utils/settings';
import type { ChangeSettings } from './App';
import { RadioGroup } from './RadioGroup';

/** How marks look on pages: underline or background, a colour per topic, calm mode. */
export function LookSettings({
  settings,
  topics,
  change,
}: {
  settings: Settings;
  topics: Topic[];
  change: ChangeSettings;
}) {
  return (
    <section class="tl-options-section" aria-labelledby="tl-look-heading">
      <h2 id="tl-look-heading">{t('lookHeading')}</h2>
      <RadioGroup<MarkStyle>
        name="markStyle"
        legend="markStyleLegend"
        value={settings.markStyle}
        choices={[
          { value: 'underline', label: 'markStyleUnderline' },
          { value: 'background', label: 'markStyleBackground' },
        ]}
        onChoose={(markStyle) => change(() => ({ markStyle }))}
      />
      <fieldset class="tl-fieldset">
        <legend>{t('topicColorsLegend')}</legend>
        {topics.map((topic) => {
          const custom = settings.topicColors[topic.id];
          return (
            <div class="tl-color-row" key={topic.id}>
              <input
                type="color"
                id={`tl-color-${topic.id}`}
                data-color-topic-id={topic.id}
                value={custom ?? topic.color}
                onChange={(event) => {
                  const color = event.currentTarget.value;
                  change((current) => ({
                    topicColors: { ...current.topicColors, [topic.id]: color },
                  }));
                }}
              />
              <label for={`tl-color-${topic.id}`}>{topic.title}</label>
              {custom && (
                <button
                  type="button"
                  class="tl-button tl-button--small"
                  aria-label={t('resetColorNamed', [topic.title])}
                  onClick={() =>
                    change((current) => {
                      const { [topic.id]: _removed, ...rest } = current.topicColors;
                      return { topicColors: rest };
                    })
                  }
                >
                  {t('resetColor')}
                </button>
              )}
            </div>
          );
        })}
      </fieldset>
      <div class="tl-check">
        <input
          type="checkbox"
          id="tl-calm-mode"
          data-setting="calmMode"
          checked={settings.calmMode}
          aria-describedby="tl-calm-mode-hint"
          onChange={(event) => {
            const calmMode = event.currentTarget.checked;
            change(() => ({ calmMode }));
          }}
        />
        <label for="tl-calm-mode">{t('calmMode')}</label>
        <p class="tl-hint tl-check-hint" id="tl-calm-mode-hint">
          {t('calmModeHint')}
        </p>
      </div>
      <div class="tl-check">
        <input
          type="checkbox"
          id="tl-show-badge"
          data-setting="showBadge"
          checked={settings.showBadge}
          onChange={(event) => {
            const showBadge = event.currentTarget.checked;
            change(() => ({ showBadge }));
          }}
        />
        <label for="tl-show-badge">{t('showBadge')}</label>
      </div>
    </section>
  );
}
