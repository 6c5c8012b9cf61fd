/**
 * `npm start`: builds the Chromium extension and shows it on the sample article, served on
 * 127.0.0.1.
 *
 * - With a display ($DISPLAY or $WAYLAND_DISPLAY): opens Chromium with the extension on the
 *   article and waits until the browser window is closed (or Ctrl+C).
 * - Without one (CI, SSH, containers), or with `--headless`: runs Chromium headless and saves
 *   screenshots of the marked article, the hover card and the popup to .output/screenshots/start/.
 *   `--update-readme-screenshots` also copies them to assets/screenshots/ for the README.
 * - `--no-build` reuses the existing .output/chrome-mv3.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type ChromiumWithExtension, launchChromium } from '../e2e/harness/chromium';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/fixture-server';
import { entryIdsOrNull, pointOfText, readCard, totalMarksOrNull } from '../e2e/harness/page-world';
import { chromeBuildDir, outputDir, projectRoot, requireBuild } from '../e2e/harness/paths';

const { values: flags } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'update-readme-screenshots': { type: 'boolean', default: false },
  },
});

const screenshotDir = path.join(outputDir, 'screenshots', 'start');
const readmeScreenshotDir = path.join(projectRoot, 'assets', 'screenshots');
const screenshotNames = ['marked-article.png', 'hover-card.png', 'popup.png'];

function build(): void {
  const wxt = path.join(projectRoot, 'node_modules', '.bin', 'wxt');
  execFileSync(wxt, ['build'], { cwd: projectRoot, stdio: 'inherit' });
}

async function showInWindow({
  browser,
  articleUrl,
}: {
  browser: ChromiumWithExtension;
  articleUrl: string;
}) {
  await browser.openPage(articleUrl);
  // The tab Chromium opens with the profile stays empty; close it so the article is in front.
  for (const page of browser.context.pages()) {
    if (page.url() === 'about:blank') await page.close();
  }
  console.log(`\nTreaty Lens is loaded in Chromium on ${articleUrl}`);
  console.log('Hover a marked phrase for its card; the toolbar button opens the popup.');
  console.log('Close the browser window (or press Ctrl+C) to stop.\n');
  await new Promise<void>((resolve) => {
    browser.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

async function takeScreenshots({
  browser,
  articleUrl,
}: {
  browser: ChromiumWithExtension;
  articleUrl: string;
}): Promise<string[]> {
  await mkdir(screenshotDir, { recursive: true });
  const [markedFile, cardFile, popupFile] = screenshotNames.map((name) =>
    path.join(screenshotDir, name),
  ) as [string, string, string];

  const article = await browser.openPage(articleUrl);
  await article.waitFor('marks on the sample article', totalMarksOrNull, undefined);
  const articlePage = browser.playwrightPage(article);
  await articlePage.setViewportSize({ width: 1000, height: 760 });
  await article.screenshot(markedFile);

  // The paragraph at the top, so the card below the phrase fits in the picture.
  const point = await article.evaluate(pointOfText, {
    selector: '#p2',
    text: 'Article 5',
    block: 'start',
  });
  await article.moveMouse(point);
  const card = await article.waitFor('the hover card', readCard, undefined);
  // The card and the phrase under the pointer, with a margin, inside the viewport.
  const margin = 32;
  const left = Math.max(0, Math.min(card.x, point.x) - margin);
  const top = Math.max(0, Math.min(card.y, point.y) - margin);
  const viewport = articlePage.viewportSize() ?? { width: 1000, height: 760 };
  const right = Math.min(viewport.width, Math.max(card.x + card.width, point.x) + margin);
  const bottom = Math.min(viewport.height, Math.max(card.y + card.height, point.y) + margin);
  await articlePage.screenshot({
    path: cardFile,
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });

  const popup = await browser.openPopup(article);
  const popupPage = browser.playwrightPage(popup);
  await popupPage.setViewportSize({ width: 400, height: 600 });
  await popup.waitFor(
    'found concepts in the popup',
    entryIdsOrNull,
    '[data-testid="found-concept"][data-entry-id]',
  );
  await popup.screenshot(popupFile);
  return [markedFile, cardFile, popupFile];
}

async function main(): Promise<void> {
  if (!flags['no-build']) build();
  const extensionDir = requireBuild({ dir: chromeBuildDir, command: 'npm run build' });
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const headless = flags.headless || !hasDisplay;
  let server: FixtureServer | undefined;
  let browser: ChromiumWithExtension | undefined;
  try {
    server = await startFixtureServer();
    const articleUrl = server.urlOf('sample-article.html');
    browser = await launchChromium({ extensionDir, headless }).catch((error: unknown) => {
      if (headless) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Could not open a Chromium window (DISPLAY=${process.env.DISPLAY ?? ''}): ${reason}\n` +
          'Run `npm start -- --headless` to get screenshots instead.',
      );
    });
    if (!headless) {
      await showInWindow({ browser, articleUrl });
      return;
    }
    if (!hasDisplay) console.log('No display ($DISPLAY, $WAYLAND_DISPLAY): running headless.');
    const files = await takeScreenshots({ browser, articleUrl });
    console.log(`Screenshots of Treaty Lens on ${articleUrl}:`);
    for (const file of files) console.log(`  ${path.relative(process.cwd(), file)}`);
    if (flags['update-readme-screenshots']) {
      await mkdir(readmeScreenshotDir, { recursive: true });
      for (const file of files) {
        await copyFile(file, path.join(readmeScreenshotDir, path.basename(file)));
      }
      console.log(
        `Copied to ${path.relative(process.cwd(), readmeScreenshotDir)}/ for the README.`,
      );
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
