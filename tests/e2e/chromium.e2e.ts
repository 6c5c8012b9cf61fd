/** The skeleton's browser tests in real Chromium, on the production build (.output/chrome-mv3). */
import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { chromeBuildDir, requireBuild } from './harness/paths';
import { describeSkeleton } from './skeleton-suite';

describe('Chromium', () => {
  describeSkeleton({
    launch: () =>
      launchChromium({
        extensionDir: requireBuild({ dir: chromeBuildDir, command: 'npm run build' }),
      }),
  });
});
