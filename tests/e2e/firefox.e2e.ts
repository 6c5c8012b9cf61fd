/**
 * The skeleton's browser tests in real Firefox ESR, on the test-mode build
 * (.output/firefox-mv2-e2e: the production code plus utils/test-mode.ts, see there why).
 */
import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { firefoxTestModeBuildDir, requireBuild } from './harness/paths';
import { describeSkeleton } from './skeleton-suite';

describe('Firefox', () => {
  describeSkeleton({
    launch: () =>
      launchFirefox({
        extensionDir: requireBuild({ dir: firefoxTestModeBuildDir, command: 'npm run build:e2e' }),
      }),
  });
});
