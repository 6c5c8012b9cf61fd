/** Browser-integration tests in real Chromium, on the test-mode build (.output/chrome-mv3-e2e). */
import { describe } from 'vitest';
import { launchIntegrationChromium } from './integration.driver';
import { describeIntegration } from './integration.suite';

describe('browser integration in Chromium', () => {
  describeIntegration({ launch: launchIntegrationChromium });
});
