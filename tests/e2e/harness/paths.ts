/** Where the harness finds the project, its fixtures and the builds it tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
export const outputDir = path.join(projectRoot, '.output');

/** The production Chromium build (`npm run build`). */
export const chromeBuildDir = path.join(outputDir, 'chrome-mv3');
/** The production Firefox build (`npm run build`). */
export const firefoxBuildDir = path.join(outputDir, 'firefox-mv2');
/**
 * The Chromium test-mode build (`npm run build:e2e`), for tests that need the background's test
 * hooks (utils/test-mode.ts); everything else tests the production build above.
 */
export const chromeTestModeBuildDir = path.join(outputDir, 'chrome-mv3-e2e');
/**
 * The Firefox test-mode build (`npm run build:e2e`): the production code plus a background hook
 * that opens extension pages on request, because WebDriver BiDi refuses to navigate to them.
 */
export const firefoxTestModeBuildDir = path.join(outputDir, 'firefox-mv2-e2e');

/** Fails with the command that makes the missing build. */
export function requireBuild({ dir, command }: { dir: string; command: string }): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`${command}\` first.`);
  }
  return dir;
}
