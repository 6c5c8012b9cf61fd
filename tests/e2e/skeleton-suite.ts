/**
 * The skeleton's browser tests, run against the built extension in each real browser
 * (chromium.e2e.ts, firefox.e2e.ts): marks on the sample article, the hover card with the
 * treaty text, the popup's list of found concepts and search, and a topic switched off in the
 * options page taking its marks away.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import topics from '../../knowledge/topics.json';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import {
  countElementsInsideParagraphs,
  entryIdsOrNull,
  marksCoverOrNull,
  pointOfText,
  readCard,
  readMarkCounts,
  readMarkedTexts,
} from './harness/page-world';
import { outputDir } from './harness/paths';
import type { ExtensionBrowser, TestPage } from './harness/test-page';

/** Concepts of the first knowledge-base entries, each written in the sample article. */
const expectedConcepts = [
  { entryId: 'security-guarantees', text: 'security guarantees' },
  { entryId: 'nato-article-5', text: 'Article 5' },
  { entryId: 'tripwire-force', text: 'tripwire force' },
];

export function describeSkeleton({ launch }: { launch: () => Promise<ExtensionBrowser> }): void {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let articleUrl: string;
  let screenshotDir: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    articleUrl = server.urlOf('sample-article.html');
    browser = await launch();
    screenshotDir = path.join(outputDir, 'screenshots', browser.name);
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the sample article and waits until the scan has marked the expected concepts. */
  async function openMarkedArticle(): Promise<TestPage> {
    const article = await browser.openPage(articleUrl);
    await article.waitFor(
      'marks on the expected concepts of the sample article',
      marksCoverOrNull,
      expectedConcepts.map(({ text }) => text),
    );
    return article;
  }

  async function withPage<T>(open: Promise<TestPage>, use: (page: TestPage) => Promise<T>) {
    const page = await open;
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  }

  describe('sample article', () => {
    it('marks the concepts with CSS highlights, one per topic, without touching the DOM', () =>
      withPage(openMarkedArticle(), async (article) => {
        const counts = await article.evaluate(readMarkCounts, undefined);
        const topicHighlights = topics.map((topic) => `treaty-lens-${topic.id}`);
        for (const name of Object.keys(counts)) expect(topicHighlights).toContain(name);

        const markedTexts = (await article.evaluate(readMarkedTexts, undefined)).map((mark) =>
          mark.text.toLowerCase(),
        );
        for (const { text } of expectedConcepts) {
          const marked = markedTexts.some((markedText) => markedText.includes(text.toLowerCase()));
          expect(marked, `a mark on "${text}" among ${JSON.stringify(markedTexts)}`).toBe(true);
        }

        expect(await article.evaluate(countElementsInsideParagraphs, undefined)).toBe(0);
        await article.screenshot(path.join(screenshotDir, 'marked-article.png'));
      }));

    it('shows the card with the treaty text when the pointer rests on "Article 5"', () =>
      withPage(openMarkedArticle(), async (article) => {
        expect(await article.evaluate(readCard, undefined)).toBeNull();
        const point = await article.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
        await article.moveMouse(point);
        const card = await article.waitFor('the hover card', readCard, undefined);
        expect(card.entryId).toBe('nato-article-5');
        expect(card.treatyText).toContain('an armed attack against one or more of them');
        await article.screenshot(path.join(screenshotDir, 'hover-card.png'));
      }));
  });

  describe('popup', () => {
    it('lists the concepts found on the article tab', () =>
      withPage(openMarkedArticle(), (article) =>
        withPage(browser.openPopup(article), async (popup) => {
          const found = await popup.waitFor(
            'found concepts in the popup',
            entryIdsOrNull,
            '[data-testid="found-concepts"] [data-testid="found-concept"][data-entry-id]',
          );
          for (const { entryId } of expectedConcepts) expect(found).toContain(entryId);
          await popup.screenshot(path.join(screenshotDir, 'popup.png'));
        }),
      ));

    it('finds an entry of the knowledge base by search', () =>
      withPage(openMarkedArticle(), (article) =>
        withPage(browser.openPopup(article), async (popup) => {
          await popup.type('[data-testid="lookup-input"]', 'tripwire');
          const results = await popup.waitFor(
            'search results in the popup',
            entryIdsOrNull,
            '[data-testid="lookup-result"][data-entry-id]',
          );
          expect(results[0]).toBe('tripwire-force');
        }),
      ));
  });

  describe('options', () => {
    it('takes a topic’s marks away when the topic is switched off, and back when on', () =>
      withPage(openMarkedArticle(), async (article) => {
        const marked = await article.evaluate(readMarkedTexts, undefined);
        const article5 = marked.find((mark) => mark.text.includes('Article 5'));
        expect(article5, 'a mark on "Article 5"').toBeDefined();
        const highlight = article5?.highlight ?? '';
        const topicId = highlight.replace('treaty-lens-', '');
        const otherMarks = marked.filter((mark) => mark.highlight !== highlight);
        expect(otherMarks.length, 'marks of other topics').toBeGreaterThan(0);

        const topicCheckbox = `input[data-topic-id="${topicId}"]`;
        await withPage(browser.openOptions(), async (options) => {
          const state = await options.waitFor('the topic checkbox', checkboxState, topicCheckbox);
          expect(state).toBe('checked');
          await options.click(topicCheckbox);
          await article.waitFor(`the ${highlight} marks to go`, marksGone, highlight);
          const left = await article.evaluate(readMarkedTexts, undefined);
          expect(left.map((mark) => mark.highlight)).not.toContain(highlight);
          // Other topics keep every mark they had (the scan may have added more meanwhile).
          expect(left).toEqual(expect.arrayContaining(otherMarks));

          // Switch it back on: the page follows, and later tests start from the defaults.
          await options.click(topicCheckbox);
          await article.waitFor(`the ${highlight} marks to return`, marksBack, highlight);
        });
      }));
  });
}

function checkboxState(selector: string): 'checked' | 'unchecked' | null {
  const input = document.querySelector<HTMLInputElement>(selector);
  if (!input) return null;
  return input.checked ? 'checked' : 'unchecked';
}

function marksGone(highlight: string): boolean {
  return (CSS.highlights.get(highlight)?.size ?? 0) === 0;
}

function marksBack(highlight: string): boolean {
  return (CSS.highlights.get(highlight)?.size ?? 0) > 0;
}
