/** The UI browser tests in real Firefox ESR, on the test-mode build (.output/firefox-mv2-e2e). */
import { describe } from 'vitest';
import { describeCard } from './ui.card.suite';
import { launchUiFirefox } from './ui.driver';
import { describeUiLanguage } from './ui.language.suite';
import { describeLayoutInEveryLanguage } from './ui.layout.suite';
import { describeUi } from './ui.suite';

// Each test opens two to four tabs (article, popup, options, side panel) and runs axe-core;
// on a loaded machine that takes longer than the default 30 s for one test.
describe('Firefox UI', { timeout: 60_000 }, () => {
  describeUi({ launch: launchUiFirefox });
  describe('card', () => describeCard({ launch: launchUiFirefox }));
  describe("in the browser's language", () =>
    describeUiLanguage({ launch: () => launchUiFirefox({ uiLanguage: 'de' }) }));
  describe('in every language', () =>
    describeLayoutInEveryLanguage({ launch: launchUiFirefox, themes: ['light'] }));
  describe('in every language, in a dark browser', () =>
    describeLayoutInEveryLanguage({
      launch: () => launchUiFirefox({ colorScheme: 'dark' }),
      themes: ['dark'],
    }));
});
