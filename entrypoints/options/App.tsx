import { t } from '../../components/i18n';
import { SettingsNotice } from '../../components/SettingsNotice';
import { ShortcutList } from '../../components/Shortcuts';
import { useSettings } from '../../components/use-settings';
import { knowledgeBase as bundledKnowledgeBase } from '../../knowledge/index';
import type { KnowledgeBase } from '../../knowledge/types';
import { type Settings, updateSettings } from '../../utils/settings';
import { CardSettings } from './CardSettings';
import { LanguageSettings } from './LanguageSettings';
import { LookSettings } from './LookSettings';
import { ResetSettings } from './ResetSettings';
import { SiteSettings } from './SiteSettings';
import { TopicSettings } from './TopicSettings';

/** Saves one change at once; the content scripts watch the stored item and re-mark open tabs. */
export type ChangeSettings = (change: (current: Settings) => Partial<Settings>) => void;

/**
 * The options page: every setting saved to storage.sync as soon as it changes, no Save button.
 * Each section is its own component and gets the current settings plus `change`.
 */
export function App({ knowledgeBase = bundledKnowledgeBase }: { knowledgeBase?: KnowledgeBase }) {
  const loaded = useSettings();
  if (!loaded) return <main class="tl-options" aria-busy="true" />;
  const { settings } = loaded;
  const change: ChangeSettings = (apply) => void updateSettings({ change: apply });
  return (
    <main class="tl-options">
      <h1 class="tl-options-title">{t('optionsTitle')}</h1>
      <SettingsNotice repaired={loaded.repaired} />
      <LanguageSettings settings={settings} change={change} />
      <TopicSettings settings={settings} knowledgeBase={knowledgeBase} change={change} />
      <SiteSettings settings={settings} change={change} />
      <LookSettings settings={settings} topics={knowledgeBase.topics} change={change} />
      <CardSettings settings={settings} change={change} />
      <ShortcutList />
      <ResetSettings />
    </main>
  );
}
