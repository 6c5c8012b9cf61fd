/** The UI browser tests in real Firefox ESR, on the test-mode build (.output/firefox-mv2-e2e). */
import { describe } from 'vitest';
import { launchUiFirefox } from './ui.driver';
import { describeUi } from './ui.suite';

describe('Firefox UI', () => {
  describeUi({ launch: launchUiFirefox });
});
