/** The UI browser tests in real Chromium, on the production build (.output/chrome-mv3). */
import { describe } from 'vitest';
import { launchUiChromium } from './ui.driver';
import { describeUi } from './ui.suite';

describe('Chromium UI', () => {
  describeUi({ launch: launchUiChromium });
});
