import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests (`npm run test:e2e`): the built extension in real Chromium and
 * Firefox ESR. One file per browser; the two run side by side.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One retry would hide flakiness; a failure here is a real failure.
    retry: 0,
  },
});
