import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { ShortcutList } from '../../components/Shortcuts';
import { useSettings } from '../../components/use-settings';
import { knowledgeBase as bundledKnowledgeBase } from '../../knowledge/index';
import type { KnowledgeBase } from '../../knowledge/types';
import { TryCard } from './TryCard';

const isFirefox = () => navigator.userAgent.includes('Firefox');

/**
 * The page opened once, on install (background/welcome.ts): what Treaty Lens does, a card to
 * try, where it runs and how to change that, the shortcuts as the browser has them, and how
 * to pin the toolbar button.
 */
export function App({ knowledgeBase = bundledKnowledgeBase }: { knowledgeBase?: KnowledgeBase }) {
  const loaded = useSettings();
  const siteMode = loaded?.settings.siteMode ?? 'news';
  const where =
    siteMode === 'all'
      ? t('welcomeWhereAll')
      : siteMode === 'list'
        ? t('welcomeWhereList')
        : t('welcomeWhereNews');
  return (
    <main class="tl-welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="tl-welcome-lead">{t('welcomeLead')}</p>
      <TryCard knowledgeBase={knowledgeBase} />
      <section aria-labelledby="tl-where-heading">
        <h2 id="tl-where-heading">{t('welcomeWhereHeading')}</h2>
        <p data-testid="welcome-where">{where}</p>
        <p>
          {t('welcomeWhereChange')}{' '}
          <button
            type="button"
            class="tl-button"
            data-testid="welcome-options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('openOptions')}
          </button>
        </p>
      </section>
      <ShortcutList />
      <section aria-labelledby="tl-pin-heading">
        <h2 id="tl-pin-heading">{t('welcomePinHeading')}</h2>
        <p data-testid="welcome-pin">
          {isFirefox() ? t('welcomePinFirefox') : t('welcomePinChrome')}
        </p>
      </section>
      <p class="tl-hint">{t('welcomePrivacy')}</p>
    </main>
  );
}
