/**
 * WXT config for the test-mode builds (`npm run build:e2e`): the project's own config,
 * plus the `tabs` permission that `utils/test-mode.ts` needs to see the URLs of test requests.
 * Used only with `--mode e2e`; the production builds never see it.
 */
import { defineConfig, type WxtHooks } from 'wxt';
import projectConfig from '../../../wxt.config';

const projectHooks = projectConfig.hooks as Partial<WxtHooks> | undefined;

export default defineConfig({
  ...projectConfig,
  hooks: {
    ...projectConfig.hooks,
    'build:manifestGenerated': async (wxt, manifest) => {
      await projectHooks?.['build:manifestGenerated']?.(wxt, manifest);
      if (wxt.config.mode !== 'e2e') {
        throw new Error('wxt.e2e.config.ts is for test-mode builds only: add --mode e2e.');
      }
      manifest.permissions = [...(manifest.permissions ?? []), 'tabs'];
    },
  },
});
