/** The page engine's browser tests in real Firefox ESR, on the test-mode build (.output/firefox-mv2-e2e). */
import { describe } from 'vitest';
import { launchFirefoxEngine } from './page-engine-driver';
import { describePageEngine } from './page-engine-suite';

describe('page engine in Firefox', () => {
  // WebDriver BiDi gives tests no extension context to message the content script from.
  describePageEngine({ launch: launchFirefoxEngine, extensionContext: false });
});
