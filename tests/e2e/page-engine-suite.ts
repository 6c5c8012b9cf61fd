/**
 * The page engine's browser tests (issue 5), run against the built extension in Chromium and
 * Firefox: marks, hover with dwell and grace, pinning, Esc, keyboard navigation, a page that
 * changes, frames and shadow DOM, and zero footprint before the reader interacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import {
  marksCoverOrNull,
  pointOfText,
  readCard,
  readMarkedTexts,
  totalMarksOrNull,
} from './harness/page-world';

/** Phrases each fixture writes that the extension must mark (what the tests hover or read). */
const conceptsOf: Record<string, string[]> = {
  'sample-article.html': ['security guarantees', 'Article 5', 'tripwire force'],
  'page-engine/zero-footprint.html': ['security guarantees', 'Article 5', 'tripwire force'],
};

import { type EngineBrowser, type EnginePage, eventually } from './page-engine-driver';

/** The text under every mark in this document and its open shadow roots, lower-cased. */
function markedTextsLower(): string[] {
  const texts: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('treaty-lens-') || name === 'treaty-lens-flash') continue;
    for (const range of highlight) texts.push(range.toString().toLowerCase());
  }
  return texts.sort();
}

function cardPinned(): string | null {
  const host = document.querySelector('treaty-lens-card');
  return (
    host?.shadowRoot?.querySelector('[data-testid="hover-card"]')?.getAttribute('data-pinned') ??
    null
  );
}

function focusIsInCard(): boolean {
  return document.activeElement?.localName === 'treaty-lens-card';
}

/** Centre of the first occurrence of `text` in the open shadow root of `host`. */
function pointInShadow({ host, text }: { host: string; text: string }): { x: number; y: number } {
  const root = document.querySelector(host)?.shadowRoot;
  if (!root) throw new Error(`no open shadow root on ${host}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = (node as Text).data.indexOf(text);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`"${text}" not in ${host}`);
}

function pageChanges(): unknown[] {
  return (window as unknown as { __pageChanges: unknown[] }).__pageChanges;
}

function pageMessages(): unknown[] {
  return (window as unknown as { __pageMessages: unknown[] }).__pageMessages;
}

function callPage({ name, args }: { name: string; args: string[] }): void {
  (window as unknown as Record<string, (...values: string[]) => void>)[name]?.(...args);
}

export function describePageEngine({
  launch,
  extensionContext,
}: {
  launch: () => Promise<EngineBrowser>;
  /**
   * Whether the tests can message the content script, run keyboard commands and set settings:
   * Chromium through its service worker, Firefox through an extension page of the test-mode
   * build and its background's test hooks.
   */
  extensionContext: boolean;
}): void {
  let browser: EngineBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens `fixture` and waits for its marks: on the pages with known concepts, until the scan
   * (short tasks, visible text first) has marked all of them, so a test never hovers text that
   * is not marked yet.
   */
  async function withPage(fixture: string, use: (page: EnginePage) => Promise<void>) {
    const page = await browser.openPage(server.urlOf(fixture));
    try {
      const concepts = conceptsOf[fixture];
      if (concepts)
        await page.waitFor(`marks on ${concepts.join(', ')}`, marksCoverOrNull, concepts);
      else await page.waitFor(`marks on ${fixture}`, totalMarksOrNull, undefined);
      await use(page);
    } finally {
      await page.close();
    }
  }

  const marks = (page: EnginePage) => page.evaluate(markedTextsLower, undefined);

  it('changes nothing in the page and sends it no message before the reader interacts', () =>
    withPage('page-engine/zero-footprint.html', async (page) => {
      const found = (await marks(page)).join('|');
      for (const text of ['security guarantees', 'article 5', 'tripwire force'])
        expect(found).toContain(text);
      expect(await page.evaluate(pageChanges, undefined)).toEqual([]);
      expect(await page.evaluate(pageMessages, undefined)).toEqual([]);
      expect(
        await page.evaluate(() => document.querySelector('treaty-lens-card'), undefined),
      ).toBeNull();
      // The first hover is an interaction: only then does the card's host join the page.
      await page.moveMouse(
        await page.evaluate(pointOfText, { selector: '#p2', text: 'tripwire force' }),
      );
      await page.waitFor('the hover card', readCard, undefined);
    }));

  describe('hover and keyboard', () => {
    it('opens after a dwell, survives the trip into the card, and closes once the pointer leaves', () =>
      withPage('sample-article.html', async (page) => {
        const point = await page.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
        await page.moveMouse(point);
        const card = await page.waitFor('the hover card', readCard, undefined);
        expect(card.entryId).toBe('nato-article-5');
        expect(card.treatyText).toContain('armed attack');
        expect(await page.evaluate(cardPinned, undefined)).toBe('false');

        // Travel into the card: it stays open while the pointer is over it.
        const box = await page.evaluate(() => {
          const rect = document
            .querySelector('treaty-lens-card')
            ?.shadowRoot?.querySelector('[data-testid="hover-card"]')
            ?.getBoundingClientRect();
          return rect ? { x: rect.left + 30, y: rect.top + 30 } : null;
        }, undefined);
        expect(box).not.toBeNull();
        await page.moveMouse(box as { x: number; y: number });
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect((await page.evaluate(readCard, undefined))?.entryId).toBe('nato-article-5');

        // Leave for blank space: the card closes after the grace period.
        await page.moveMouse({ x: 5, y: 5 });
        await page.waitFor(
          'the card to close',
          () =>
            !document
              .querySelector('treaty-lens-card')
              ?.shadowRoot?.querySelector('[data-testid="hover-card"]'),
          undefined,
        );
      }));

    it('pins on a click, stays when the pointer leaves, and closes on Esc with focus returned', () =>
      withPage('sample-article.html', async (page) => {
        const point = await page.evaluate(pointOfText, { selector: '#p3', text: 'tripwire force' });
        await page.clickAt(point);
        await page.waitFor(
          'a pinned card',
          () => {
            const card = document
              .querySelector('treaty-lens-card')
              ?.shadowRoot?.querySelector('[data-testid="hover-card"]');
            return card?.getAttribute('data-pinned') === 'true';
          },
          undefined,
        );
        expect((await page.evaluate(readCard, undefined))?.entryId).toBe('tripwire-force');
        await page.moveMouse({ x: 5, y: 5 });
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect(await page.evaluate(cardPinned, undefined)).toBe('true');
        await page.press('Escape');
        await page.waitFor(
          'the card to close',
          () =>
            !document
              .querySelector('treaty-lens-card')
              ?.shadowRoot?.querySelector('[data-testid="hover-card"]'),
          undefined,
        );
        expect(await page.evaluate(focusIsInCard, undefined)).toBe(false);
      }));

    it.runIf(extensionContext)(
      'moves to the next and previous mark from the keyboard command, card pinned with focus',
      async () => {
        await withPage('sample-article.html', async (page) => {
          const command = browser.runCommand as NonNullable<EngineBrowser['runCommand']>;
          expect(await command('next-mark')).toBe(true);
          const first = await page.waitFor('the first revealed card', readCard, undefined);
          expect(await page.evaluate(cardPinned, undefined)).toBe('true');
          expect(await page.evaluate(focusIsInCard, undefined)).toBe(true);
          expect(await command('next-mark')).toBe(true);
          await page.waitFor(
            'the second card',
            (id) => {
              const card = document
                .querySelector('treaty-lens-card')
                ?.shadowRoot?.querySelector('[data-testid="entry-card"]');
              return (
                card !== null && card !== undefined && card.getAttribute('data-entry-id') !== id
              );
            },
            first.entryId,
          );
          expect(await command('previous-mark')).toBe(true);
          await page.waitFor(
            'the first card again',
            (id) => {
              const card = document
                .querySelector('treaty-lens-card')
                ?.shadowRoot?.querySelector('[data-testid="entry-card"]');
              return card?.getAttribute('data-entry-id') === id;
            },
            first.entryId,
          );
          await page.press('Escape');
          expect(await page.evaluate(focusIsInCard, undefined)).toBe(false);
        });
      },
    );

    it.runIf(extensionContext)(
      'answers the page summary with every concept and its count',
      async () => {
        await withPage('sample-article.html', async () => {
          type Summary = {
            concepts: { entryId: string; count: number }[];
            paused: boolean;
            scanning: boolean;
          };
          const ask = () =>
            (browser.sendToActiveTab as (message: unknown) => Promise<unknown>)({
              type: 'page-summary',
            }) as Promise<Summary>;
          // The first marks show before the scan has read the whole article: wait for its end.
          let summary = await ask();
          await eventually('the scan to finish', async () => {
            summary = await ask();
            return !summary.scanning;
          });
          expect(summary.paused).toBe(false);
          const ids = summary.concepts.map((concept) => concept.entryId);
          expect(ids).toEqual(
            expect.arrayContaining(['security-guarantees', 'nato-article-5', 'tripwire-force']),
          );
          for (const concept of summary.concepts) expect(concept.count).toBeGreaterThan(0);
        });
      },
    );

    it.runIf(extensionContext)('applies calm mode and the background style at once', async () => {
      await withPage('page-engine/dynamic.html', async (page) => {
        await page.evaluate(callPage, {
          name: 'addParagraph',
          args: ['again', 'More on security guarantees today.'],
        });
        await eventually(
          'two marks',
          async () =>
            (await marks(page)).filter((text) => text === 'security guarantees').length === 2,
        );
        const set = browser.setSettings as (settings: unknown) => Promise<void>;
        await set({ calmMode: true, markStyle: 'background' });
        await eventually(
          'one mark in calm mode',
          async () =>
            (await marks(page)).filter((text) => text === 'security guarantees').length === 1,
        );
        await set(null);
        await eventually(
          'both marks back',
          async () =>
            (await marks(page)).filter((text) => text === 'security guarantees').length === 2,
        );
      });
    });
  });

  describe('a page that changes', () => {
    it('marks added text, drops removed text, follows edits and single-page navigation', () =>
      withPage('page-engine/dynamic.html', async (page) => {
        expect(await marks(page)).toContain('security guarantees');
        await page.evaluate(callPage, {
          name: 'addParagraph',
          args: ['added', 'Allies weighed a tripwire force.'],
        });
        await eventually('a mark on the added paragraph', async () =>
          (await marks(page)).includes('tripwire force'),
        );

        await page.evaluate(callPage, { name: 'removeParagraph', args: ['first'] });
        await eventually(
          'the removed mark to go',
          async () => !(await marks(page)).includes('security guarantees'),
        );

        await page.evaluate(callPage, {
          name: 'setParagraphText',
          args: ['added', "Now NATO's Article 5 is the question."],
        });
        await eventually('the edited text to be marked', async () => {
          const now = await marks(page);
          return now.some((text) => text.includes('article 5')) && !now.includes('tripwire force');
        });

        await page.evaluate(callPage, {
          name: 'appendInline',
          args: ['added', ' And <em>security</em> guarantees.'],
        });
        await eventually('a mark across inline elements', async () =>
          (await marks(page)).includes('security guarantees'),
        );

        await page.evaluate(callPage, {
          name: 'navigateTo',
          args: [
            '/page-engine/next-story',
            'Next story: the Coalition of the Willing met in Paris to discuss Ukraine.',
          ],
        });
        await eventually('marks of the new article only', async () => {
          const now = await marks(page);
          return (
            now.includes('coalition of the willing') &&
            !now.some((text) => text.includes('article 5'))
          );
        });
      }));
    it.runIf(extensionContext)(
      'builds no matcher for a page with no text, and builds it once text arrives',
      async () => {
        type Stats = { fullScans: number; scanning: boolean; matcherBuildMs: number };
        const page = await browser.openPage(server.urlOf('page-engine/no-text.html'));
        try {
          const stats = () =>
            (browser.sendToActiveTab as (message: unknown) => Promise<unknown>)({
              type: 'page-engine-stats',
            }) as Promise<Stats | null>;
          let first: Stats | null = null;
          await eventually('the first scan to finish', async () => {
            first = await stats();
            return first !== null && first.fullScans > 0 && !first.scanning;
          });
          expect((first as Stats | null)?.matcherBuildMs).toBe(0);
          await page.evaluate(callPage, {
            name: 'addParagraph',
            args: ['late', 'Allies weighed a tripwire force.'],
          });
          await eventually('a mark on the added paragraph', async () =>
            (await marks(page)).includes('tripwire force'),
          );
          expect((await stats())?.matcherBuildMs).toBeGreaterThan(0);
        } finally {
          await page.close();
        }
      },
    );
  });

  describe('frames and shadow DOM', () => {
    it('marks text in open shadow roots and same-origin frames, not in closed shadow roots', () =>
      withPage('page-engine/frames-shadow.html', async (page) => {
        await eventually('the shadow-root mark', async () =>
          (await marks(page)).includes('security guarantees'),
        );
        const top = await marks(page);
        expect(top).toContain('tripwire force');
        expect(top).not.toContain('article 5'); // the closed shadow root's text
        await eventually('the frame mark', async () =>
          (await page.evaluateInFrame('frame-child.html', markedTextsLower, undefined)).includes(
            'article 5',
          ),
        );
      }));

    it('opens the card for a mark inside a shadow root', () =>
      withPage('page-engine/frames-shadow.html', async (page) => {
        await eventually('the shadow-root mark', async () =>
          (await marks(page)).includes('security guarantees'),
        );
        await page.moveMouse(
          await page.evaluate(pointInShadow, { host: '#open-host', text: 'guarantees' }),
        );
        const card = await page.waitFor('the hover card', readCard, undefined);
        expect(card.entryId).toBe('security-guarantees');
      }));
  });

  it('keeps the harness view of marks readable (range text, one highlight per topic)', () =>
    withPage('sample-article.html', async (page) => {
      const marked = await page.evaluate(readMarkedTexts, undefined);
      expect(marked.length).toBeGreaterThan(0);
      for (const mark of marked) expect(mark.text).not.toMatch(/^\[object/);
    }));
}
