import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests (`npm run test:e2e`): the built extension in real Chromium and
 * Firefox ESR, one file per browser. The files run one after the other: side by side on a
 * 2-core CI machine they are no faster and each browser's timing gets noisier.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
