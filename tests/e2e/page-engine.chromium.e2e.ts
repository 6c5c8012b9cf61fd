/** The page engine's browser tests in real Chromium, on the production build (.output/chrome-mv3). */
import { describe } from 'vitest';
import { launchChromiumEngine } from './page-engine-driver';
import { describePageEngine } from './page-engine-suite';

describe('page engine in Chromium', () => {
  describePageEngine({ launch: launchChromiumEngine, extensionContext: true });
});
