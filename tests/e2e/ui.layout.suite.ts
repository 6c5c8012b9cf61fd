/**
 * Every language fits (issue 14): with the reader's language fixed to each of the six, every card
 * of the sample article, the popup and the options page show no overflow at their sizes and no
 * axe-core violation, in the light and the dark theme. Chromium emulates the dark theme per page;
 * Firefox over BiDi cannot, so its dark run is a browser started with a dark content theme.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { readerLanguages } from '../../knowledge/translations';
import { cardLanguage } from './card-budget.page-world';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import { totalMarksOrNull } from './harness/page-world';
import { sampleConcepts } from './sample-concepts';
import type { UiBrowser, UiPage } from './ui.driver';
import { hoverUntilCard } from './ui.hover';
import {
  clearStoredSettings,
  colorSchemeIs,
  openAllDetails,
  overflowingIn,
  popupStateIs,
  renderedPageLanguage,
  storeRawSettings,
} from './ui.page-world';

type Theme = 'light' | 'dark';

/** The card's two budgeted sizes (ui.card.suite.ts) and the options tab's widest and narrowest. */
const cardViewports = [
  { width: 1280, height: 800 },
  { width: 400, height: 800 },
];
const optionsViewports = [
  { width: 1280, height: 800 },
  { width: 400, height: 800 },
];
/** The toolbar popup's window: its body is 380 px, with room for a scrollbar. */
const popupViewport = { width: 400, height: 640 };
const cardRoot = { host: 'treaty-lens-card', root: '[data-testid="hover-card"]' };

export function describeLayoutInEveryLanguage({
  launch,
  themes,
}: {
  launch: () => Promise<UiBrowser>;
  /** Emulated in turn where the page can (Chromium); otherwise the one the browser was started in. */
  themes: Theme[];
}): void {
  let browser: UiBrowser;
  let server: FixtureServer;
  const opened: UiPage[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const options = await browser.openOptions();
    await options.evaluate(clearStoredSettings, undefined);
    for (const page of [...opened, options]) await page.close().catch(() => {});
    opened.length = 0;
  });

  async function inTheme(page: UiPage, theme: Theme) {
    await page.emulateDarkScheme?.(theme === 'dark');
    expect(await page.evaluate(colorSchemeIs, theme === 'dark'), `the ${theme} theme`).toBe(true);
  }

  async function expectClean(page: UiPage, where: string, axe: Parameters<UiPage['axe']>[0] = {}) {
    expect(await page.axe(axe), `axe-core: ${where}`).toEqual([]);
  }

  for (const language of readerLanguages) {
    // Twelve to twenty-four cards, a popup and an options page with an axe run each: ~20 s here.
    it(`fits ${language}: every card, the popup and the options page, ${themes.join(' and ')}`, {
      timeout: 150_000,
    }, async () => {
      const options = await browser.openOptions();
      opened.push(options);
      await options.evaluate(storeRawSettings, { language });
      const article = await browser.openPage(server.urlOf('sample-article.html'));
      opened.push(article);
      await article.waitFor('marks on the sample article', totalMarksOrNull, undefined);

      for (const theme of themes) {
        await inTheme(article, theme);
        for (const viewport of cardViewports) {
          await article.resize(viewport);
          for (const concept of sampleConcepts) {
            const where = `${concept.entryId} card, ${language}, ${viewport.width}px, ${theme}`;
            await hoverUntilCard(article, { ...concept, block: 'start' });
            // floating-ui sizes the card a frame after it opens.
            await new Promise((resolve) => setTimeout(resolve, 200));
            const card = await article.waitFor('the card', cardLanguage, undefined);
            expect({ lang: card.lang, entryId: card.entryId }, where).toEqual({
              lang: language,
              entryId: concept.entryId,
            });
            expect(await article.evaluate(overflowingIn, cardRoot), where).toEqual([]);
            if (viewport.width === 1280) {
              await expectClean(article, where, {
                include: [['treaty-lens-card', '[data-testid="entry-card"]']],
                disableRules: ['region'],
              });
            }
          }
        }
      }

      await article.resize(cardViewports[0] ?? { width: 1280, height: 800 });
      const popup = await browser.openPopup(article);
      opened.push(popup);
      await popup.resize(popupViewport);
      await popup.waitFor('the popup to list found concepts', popupStateIs, 'found');
      expect(await popup.evaluate(renderedPageLanguage, undefined)).toBe(language);
      for (const theme of themes) {
        await inTheme(popup, theme);
        const where = `popup, ${language}, ${theme}`;
        expect(await popup.evaluate(overflowingIn, { root: 'body' }), where).toEqual([]);
        await expectClean(popup, where);
      }

      // The language applies at once to an open options page.
      expect(await options.waitFor('the options page', renderedPageLanguage, undefined)).toBe(
        language,
      );
      // The per-topic entry lists too, whose labels are the longest words on the page.
      expect(await options.evaluate(openAllDetails, undefined)).toBeGreaterThan(0);
      for (const theme of themes) {
        await inTheme(options, theme);
        for (const viewport of optionsViewports) {
          await options.resize(viewport);
          const where = `options, ${language}, ${viewport.width}px, ${theme}`;
          expect(await options.evaluate(overflowingIn, { root: 'body' }), where).toEqual([]);
          await expectClean(options, where);
        }
      }
    });
  }
}
