/**
 * Prints the hover card's sizes for each concept of the sample article, in real Chromium, at
 * 1280x800 and 400x800: `npx tsx tests/e2e/measure-card.ts` (after `npm run build:e2e`);
 * BLOCK=start puts the mark at the viewport's top, BLOCK=center (the default) in its middle.
 * One JSON line per card; the browser test ui.card-budget holds the budget these numbers set.
 */
import { measureCard } from './card-budget.page-world';
import { launchChromium } from './harness/chromium';
import { startFixtureServer } from './harness/fixture-server';
import { pointOfText, totalMarksOrNull } from './harness/page-world';
import { chromeTestModeBuildDir, requireBuild } from './harness/paths';
import { sampleConcepts } from './sample-concepts';

const server = await startFixtureServer();
const browser = await launchChromium({
  extensionDir: requireBuild({ dir: chromeTestModeBuildDir, command: 'npm run build:e2e' }),
});
try {
  const block = (process.env.BLOCK ?? 'center') as ScrollLogicalPosition;
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 400, height: 800 },
  ]) {
    for (const concept of sampleConcepts) {
      const page = await browser.openPage(server.urlOf('sample-article.html'));
      const raw = browser.playwrightPage(page);
      await raw.setViewportSize(viewport);
      await page.waitFor('marks', totalMarksOrNull, undefined);
      const point = await page.evaluate(pointOfText, { ...concept, block });
      // Two moves: the first pointermove on a fresh page may come before hover tracking starts.
      await page.moveMouse({ x: point.x - 2, y: point.y });
      await page.moveMouse(point);
      const measure = await page
        .waitFor('the card', measureCard, undefined)
        .catch((error: unknown) => String(error));
      if (typeof measure === 'string') {
        console.log(
          JSON.stringify({
            viewport: `${viewport.width}x${viewport.height}`,
            ...concept,
            error: measure,
          }),
        );
        await page.close();
        continue;
      }
      if (process.env.SHOT)
        await raw.screenshot({
          path: `${process.env.SHOT}-${viewport.width}-${concept.entryId}.png`,
        });
      // Let floating-ui settle the size before reading it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const settled = await page.evaluate(measureCard, undefined);
      console.log(
        JSON.stringify({
          viewport: `${viewport.width}x${viewport.height}`,
          ...(settled ?? measure),
        }),
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
