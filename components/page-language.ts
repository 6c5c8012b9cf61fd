import { type ComponentChild, render } from 'preact';
import { browser } from 'wxt/browser';
import { knowledgeBaseIn } from '../knowledge/index';
import type { KnowledgeBase } from '../knowledge/types';
import { choosePageLanguage, type LanguageSetting } from '../utils/reader-language';
import { loadSettings, watchSettings } from '../utils/settings';
import { setMessageTable } from './i18n';
import { messagesFor } from './locale-messages';
import { localiseDocument } from './localise-document';

/**
 * Renders an extension page (popup, options, side panel, welcome) in the reader's language: the
 * one fixed in the options, else the browser's. A change of that setting, made here or in
 * another page, re-renders the page in the new language at once.
 */
export async function renderInReadersLanguage({
  root,
  titleKey,
  app,
}: {
  root: HTMLElement;
  titleKey?: 'extensionName' | 'optionsTitle' | 'sidePanelTitle';
  app: (knowledgeBase: KnowledgeBase) => ComponentChild;
}): Promise<void> {
  let shown: LanguageSetting | undefined;
  const show = (setting: LanguageSetting) => {
    if (setting === shown) return;
    shown = setting;
    const language = choosePageLanguage({ setting, uiLanguage: browser.i18n.getUILanguage() });
    setMessageTable(messagesFor(language));
    localiseDocument({ titleKey });
    // A new tree, not an update: every component reads its texts again.
    render(null, root);
    render(app(knowledgeBaseIn(language)), root);
  };
  // A broken stored setting must not leave the page blank: it opens in the browser's language.
  const setting = await loadSettings()
    .then(({ settings }) => settings.language)
    .catch(() => 'auto' as const);
  show(setting);
  watchSettings({ onChange: ({ settings }) => show(settings.language) });
}
