/** The page engine's browser tests in real Firefox ESR, on the test-mode build (.output/firefox-mv2-e2e). */
import { describe } from 'vitest';
import { launchFirefoxEngine } from './page-engine-driver';
import { describePageEngine } from './page-engine-suite';

describe('page engine in Firefox', () => {
  // BiDi cannot open extension pages itself: the test-mode build opens one for the driver,
  // which then messages the content script, sets settings and runs the command handlers.
  describePageEngine({ launch: launchFirefoxEngine, extensionContext: true });
});
