/** The UI browser tests in real Chromium, on the production build (.output/chrome-mv3). */
import { describe } from 'vitest';
import { describeCard } from './ui.card.suite';
import { launchUiChromium } from './ui.driver';
import { describeUiLanguage } from './ui.language.suite';
import { describeLayoutInEveryLanguage } from './ui.layout.suite';
import { describeUi } from './ui.suite';

// Each test opens two to four tabs (article, popup, options, side panel) and runs axe-core;
// on a loaded machine that takes longer than the default 30 s for one test.
describe('Chromium UI', { timeout: 60_000 }, () => {
  describeUi({ launch: launchUiChromium });
  describe('card', () => describeCard({ launch: launchUiChromium }));
  describe("in the browser's language", () =>
    describeUiLanguage({ launch: () => launchUiChromium({ uiLanguage: 'de' }) }));
  describe('in every language', () =>
    describeLayoutInEveryLanguage({ launch: launchUiChromium, themes: ['light', 'dark'] }));
});
