/**
 * The README's pictures of the hover card (light, dark, narrow, and in each of the five other
 * languages on a page in that language) and the popup (in English, and in a browser started in
 * each of the five), in real Chromium: `npx tsx tests/e2e/card-screenshots.ts` after
 * `npm run build:e2e`. Writes docs/screenshots/card-*.png and popup*.png.
 */
import path from 'node:path';
import { type ChromiumWithExtension, launchChromium } from './harness/chromium';
import { startFixtureServer } from './harness/fixture-server';
import { pointOfText, totalMarksOrNull } from './harness/page-world';
import { chromeTestModeBuildDir, projectRoot, requireBuild } from './harness/paths';

const outDir = path.join(projectRoot, 'docs/screenshots');
const server = await startFixtureServer();
const browser = await launchChromium({
  extensionDir: requireBuild({ dir: chromeTestModeBuildDir, command: 'npm run build:e2e' }),
});
try {
  for (const shot of [
    { name: 'card-light', width: 1280, height: 800, dark: false },
    { name: 'card-dark', width: 1280, height: 800, dark: true },
    { name: 'card-narrow', width: 400, height: 800, dark: false },
    {
      name: 'card-uk',
      width: 1280,
      height: 800,
      dark: false,
      fixture: 'ui/lang-uk.html',
      selector: '#uk',
      text: 'гарантій безпеки',
    },
    {
      name: 'card-de',
      width: 1280,
      height: 800,
      dark: false,
      fixture: 'ui/lang-de.html',
      selector: '#de',
      text: 'Sicherheitsgarantien',
    },
    ...[
      { language: 'ru', text: 'гарантий безопасности' },
      { language: 'fr', text: 'garanties de sécurité' },
      { language: 'pl', text: 'gwarancji bezpieczeństwa' },
    ].map(({ language, text }) => ({
      name: `card-${language}`,
      width: 1280,
      height: 800,
      dark: false,
      fixture: `ui/lang-${language}.html`,
      selector: `#${language}`,
      text,
    })),
  ]) {
    const page = await browser.openPage(server.urlOf(shot.fixture ?? 'sample-article.html'));
    const raw = browser.playwrightPage(page);
    await raw.setViewportSize({ width: shot.width, height: shot.height });
    await raw.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light' });
    await page.waitFor('marks', totalMarksOrNull, undefined);
    const point = await page.evaluate(pointOfText, {
      selector: shot.selector ?? '#p2',
      text: shot.text ?? 'Article 5',
      block: 'start',
    });
    await page.moveMouse({ x: point.x - 2, y: point.y });
    await page.moveMouse(point);
    await raw.waitForFunction(
      "document.querySelector('treaty-lens-card')?.shadowRoot?.querySelector('[data-testid=\"entry-card\"]')",
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    const box = (await raw.evaluate(
      "(() => { const r = document.querySelector('treaty-lens-card').shadowRoot.querySelector('[data-testid=\"hover-card\"]').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()",
    )) as { x: number; y: number; width: number; height: number };
    // The card with some of the paragraph around it, so the mark it explains is in the picture.
    const top = Math.max(0, Math.min(point.y, box.y) - 40);
    const left = Math.max(0, box.x - 60);
    await raw.screenshot({
      path: path.join(outDir, `${shot.name}.png`),
      clip: {
        x: left,
        y: top,
        width: Math.min(shot.width - left, box.width + 120),
        height: Math.min(shot.height - top, box.y + box.height - top + 16),
      },
    });
    await page.close();
  }
  await popupShot({ name: 'popup', browser });
} finally {
  await browser.close();
}
// The popup follows the browser's interface language (LANGUAGE on Linux, chromium-l10n).
for (const language of ['uk', 'de', 'ru', 'fr', 'pl']) {
  const localised = await launchChromium({
    extensionDir: requireBuild({ dir: chromeTestModeBuildDir, command: 'npm run build:e2e' }),
    extraArgs: [`--lang=${language}`],
    extraEnv: { LANGUAGE: language },
  });
  try {
    await popupShot({ name: `popup-${language}`, browser: localised });
  } finally {
    await localised.close();
  }
}
await server.close();

async function popupShot({ name, browser }: { name: string; browser: ChromiumWithExtension }) {
  const article = await browser.openPage(server.urlOf('sample-article.html'));
  await article.waitFor('marks', totalMarksOrNull, undefined);
  const popup = await browser.openPopup(article);
  const rawPopup = browser.playwrightPage(popup);
  await rawPopup.setViewportSize({ width: 380, height: 640 });
  await rawPopup.waitForSelector('[data-testid="found-concept"]');
  await rawPopup.screenshot({ path: path.join(outDir, `${name}.png`) });
}
