import { type SettingName, updateSettings } from '../utils/settings';
import { type MessageKey, t } from './i18n';

const settingLabels: Record<SettingName, MessageKey> = {
  disabledTopics: 'settingTopics',
  disabledEntries: 'settingEntries',
  siteMode: 'settingSiteMode',
  allowSites: 'settingAllowSites',
  denySites: 'settingDenySites',
  pausedSites: 'settingPausedSites',
  markStyle: 'settingMarkStyle',
  topicColors: 'settingTopicColors',
  calmMode: 'settingCalmMode',
  cardTrigger: 'settingCardTrigger',
  modifierKey: 'settingModifierKey',
  hoverDelayMs: 'settingHoverDelay',
  showBadge: 'settingShowBadge',
  language: 'languageLegend',
};

/**
 * Says which settings could not be read and now hold their defaults. It stays until the reader
 * acknowledges it (or changes any setting): both save the repaired settings.
 */
export function SettingsNotice({ repaired }: { repaired: SettingName[] }) {
  if (repaired.length === 0) return null;
  // When nothing could be read, naming every setting and promising "the others are kept" is
  // wrong twice over: there are no others.
  const all = repaired.length === Object.keys(settingLabels).length;
  const names = repaired.map((name) => t(settingLabels[name])).join(', ');
  return (
    <div class="tl-notice" role="alert" data-testid="settings-notice">
      <p>{all ? t('settingsAllReset') : t('settingsRepaired', [names])}</p>
      <button
        type="button"
        class="tl-button tl-button--small"
        onClick={() => void updateSettings({ change: () => ({}) })}
      >
        {t('settingsRepairedOk')}
      </button>
    </div>
  );
}
