/** Browser-integration tests in real Firefox ESR, on the test-mode build (.output/firefox-mv2-e2e). */
import { describe } from 'vitest';
import { launchIntegrationFirefox } from './integration.driver';
import { describeIntegration } from './integration.suite';

describe('browser integration in Firefox', () => {
  describeIntegration({ launch: launchIntegrationFirefox });
});
