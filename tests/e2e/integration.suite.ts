/**
 * Browser-integration tests (issue 7), run in Chromium (integration.chromium.e2e.ts) and
 * Firefox (integration.firefox.e2e.ts) on the test-mode builds: the toolbar badge, the context
 * menu, the keyboard commands, "All sites" and its permission, and (Chromium) a service worker
 * stopped in the middle of use. A test driver cannot click a context menu or press a browser
 * shortcut, so those go through the background's test hooks, which call the very handlers the
 * click and the key press call (entrypoints/background/test-hooks.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import { pointOfText, readCard, totalMarksOrNull } from './harness/page-world';
import type { IntegrationBrowser, IntegrationPage } from './integration.driver';

declare const chrome: typeof import('wxt/browser').browser;

export function describeIntegration({
  launch,
}: {
  launch: () => Promise<IntegrationBrowser>;
}): void {
  let browser: IntegrationBrowser;
  let server: FixtureServer;
  /** The same fixtures from 127.0.0.2: a site off the content script's list. */
  let offListServer: FixtureServer;
  const opened: IntegrationPage[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    offListServer = await startFixtureServer({ host: '127.0.0.2' });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await offListServer?.close();
  });

  afterEach(async () => {
    for (const page of opened) await page.close().catch(() => {});
    opened.length = 0;
    // Settings live in storage.sync for the whole run: back to the defaults.
    await browser.inExtension(() => chrome.storage.sync.clear().then(() => true), undefined);
  });

  const track = async (page: Promise<IntegrationPage>) => {
    const open = await page;
    opened.push(open);
    return open;
  };

  async function openArticle(url = server.urlOf('sample-article.html')) {
    const article = await track(browser.openPage(url));
    await article.waitFor('marks on the article', totalMarksOrNull, undefined);
    const tabId = await eventuallyDefined('the article tab', () =>
      browser.hook('tabIdOf', { url }),
    );
    return { article, tabId, url };
  }

  /** The number of concepts the content script lists for the tab, once its scan is done. */
  const conceptCount = (tabId: number) =>
    eventuallyDefined('the page summary after the scan', () =>
      browser.inExtension(
        (tabId) =>
          chrome.tabs
            .sendMessage(tabId, { type: 'page-summary' }, { frameId: 0 })
            .then((summary) => {
              const { concepts, scanning } = summary as { concepts: unknown[]; scanning: boolean };
              return scanning ? undefined : concepts.length;
            }),
        tabId,
      ),
    );

  /** Waits until the tab's badge reads `text` and returns it. */
  const badgeBecomes = (tabId: number, text: string) =>
    eventuallyDefined(`the badge to read "${text}"`, async () =>
      (await browser.hook('badgeText', { tabId })) === text ? text : undefined,
    );

  const sidePanelTarget = () =>
    browser.inExtension(
      () =>
        chrome.storage.local
          .get('sidePanelTarget')
          .then((stored) => stored.sidePanelTarget ?? null),
      undefined,
    );

  describe('toolbar badge', () => {
    it('shows the number of concepts found, follows the page, and clears on navigation', async () => {
      const { article, tabId } = await openArticle();
      const count = await conceptCount(tabId);
      expect(count).toBeGreaterThan(0);
      await badgeBecomes(tabId, String(count));

      // A concept the article did not have yet: the page changes, the badge follows.
      await article.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'Kyiv gave up its arsenal under the Budapest Memorandum of 1994.';
        document.querySelector('article')?.append(paragraph);
      }, undefined);
      await badgeBecomes(tabId, String(count + 1));
      expect(await conceptCount(tabId)).toBe(count + 1);

      // The same tab goes to a page without concepts: nothing on the badge.
      await article.evaluate((url) => {
        location.href = url;
      }, server.urlOf('ui/no-concepts.html'));
      await badgeBecomes(tabId, '');
    });

    it('is off when the reader switches the badge off, and back when on', async () => {
      const { tabId } = await openArticle();
      const count = String(await conceptCount(tabId));
      await badgeBecomes(tabId, count);
      const setShowBadge = (showBadge: boolean) =>
        browser.inExtension(
          (showBadge) =>
            chrome.storage.sync
              .get('settings')
              .then(({ settings }) =>
                chrome.storage.sync.set({ settings: { ...(settings as object), showBadge } }),
              )
              .then(() => true),
          showBadge,
        );
      await setShowBadge(false);
      await badgeBecomes(tabId, '');
      await setShowBadge(true);
      await badgeBecomes(tabId, count);
    });
  });

  describe('context menu "Look up “…” in Treaty Lens"', () => {
    it('exists for selected text', async () => {
      expect(await browser.hook('lookUpMenuExists', undefined)).toBe(true);
    });

    it('opens the best match in the side panel', async () => {
      const { tabId } = await openArticle();
      const target = await browser.hook('lookUpSelection', { selectionText: 'Article 5', tabId });
      expect(target).toEqual({ entryId: 'nato-article-5' });
      expect(await sidePanelTarget()).toEqual({ entryId: 'nato-article-5' });
      const panel = await track(browser.openExtensionPage('sidepanel.html'));
      const shown = await panel.waitFor('the entry in the side panel', shownEntryId, undefined);
      expect(shown).toBe('nato-article-5');
    });

    it('opens the search results for a phrase the matcher does not mark', async () => {
      const { tabId } = await openArticle();
      const selectionText = 'guarantee';
      const target = await browser.hook('lookUpSelection', { selectionText, tabId });
      expect(target).toEqual({ query: selectionText });
      const panel = await track(browser.openExtensionPage('sidepanel.html'));
      const results = await panel.waitFor(
        'search results in the side panel',
        searchState,
        undefined,
      );
      expect(results.query).toBe(selectionText);
      expect(results.entryIds).toContain('security-guarantees');
    });
  });

  describe('keyboard commands', () => {
    it('"next mark" and "previous mark" open the card of the marks in turn', async () => {
      const { article, tabId } = await openArticle();
      // A shortcut acts on the tab in front; the card it opens takes the focus.
      await article.bringToFront();
      expect(await browser.hook('runCommand', { command: 'next-mark', tabId })).toBe(true);
      const first = await article.waitFor('a card from "next mark"', readCard, undefined);
      await browser.hook('runCommand', { command: 'next-mark', tabId });
      await article.waitFor('the next mark’s card', cardEntryIsNot, first.entryId);
      await browser.hook('runCommand', { command: 'previous-mark', tabId });
      await article.waitFor('the previous mark’s card', cardEntryIs, first.entryId);
    });

    it('"toggle marks on this site" takes the marks away, and a second press brings them back', async () => {
      const { article, tabId } = await openArticle();
      await browser.hook('runCommand', { command: 'toggle-marks', tabId });
      await article.waitFor('the marks to go', noMarks, undefined);
      await badgeBecomes(tabId, '');
      await browser.hook('runCommand', { command: 'toggle-marks', tabId });
      await article.waitFor('the marks to return', totalMarksOrNull, undefined);
    });
  });

  describe('"All sites" permission', () => {
    const offListArticle = () => offListServer.urlOf('sample-article.html');

    it('runs only on listed sites until the reader grants all sites', async () => {
      const page = await track(browser.openPage(offListArticle()));
      // The page has loaded; a content script would have marked it by the time the badge is set
      // elsewhere. Ask it directly: no content script answers on this site.
      const tabId = await eventuallyDefined('the off-list tab', () =>
        browser.hook('tabIdOf', { url: offListArticle() }),
      );
      const answer = await browser.inExtension(
        (tabId) =>
          chrome.tabs.sendMessage(tabId, { type: 'page-summary' }).then(
            () => 'answered',
            () => 'no content script',
          ),
        tabId,
      );
      expect(answer).toBe('no content script');
      expect(await page.evaluate(totalMarksOrNull, undefined)).toBeNull();
      expect(await browser.hook('allSitesScriptRegistered', undefined)).toBe(false);
    });

    // The refused path is a component test (tests/unit/ui/Options.test.tsx, permissions.request
    // resolving false): neither browser can refuse here. Headless Chromium's prompt stays pending,
    // unanswered, for ever, and this Firefox run auto-accepts optional permissions.
    it('when granted, registers the content script for every site; when given back, removes it', async () => {
      await browser.preGrantAllSites?.();
      const options = await track(browser.openExtensionPage('options.html'));
      await options.click('input[name="siteMode"][value="all"]');
      await eventuallyDefined('siteMode "all"', async () =>
        (await storedSiteMode()) === 'all' ? true : undefined,
      );
      await eventuallyDefined('the registered script', async () =>
        (await browser.hook('allSitesScriptRegistered', undefined)) ? true : undefined,
      );
      await openArticle(offListArticle());

      await options.click('input[name="siteMode"][value="news"]');
      await eventuallyDefined('the script removed', async () =>
        (await browser.hook('allSitesScriptRegistered', undefined)) ? undefined : true,
      );
      const stillGranted = await browser.inExtension(
        () => chrome.permissions.contains({ origins: ['*://*/*'] }),
        undefined,
      );
      expect(stillGranted).toBe(false);
    });
  });

  describe('a stopped service worker (Chromium)', () => {
    // Skipped for now: stopping the extension's worker through CDP (ServiceWorker.stopWorker
    // or stopAllWorkers from an extension page's session) closes the whole headless browser
    // context here (Chromium 156, Playwright 1.65); from a web page's session it does not
    // reach the extension's worker. The checks below are what must hold once a stop works.
    it.skip('keeps badge, context menu and entries working after the worker stopped mid-use', {
      timeout: 90_000,
    }, async (test) => {
      if (!browser.stopServiceWorker) return test.skip();
      const stopWorker = browser.stopServiceWorker;
      const { article, tabId } = await openArticle();
      const count = await conceptCount(tabId);
      await badgeBecomes(tabId, String(count));
      await article.bringToFront();

      // The hover card asks the background for the entry: the message wakes the worker.
      await stopWorker();
      const point = await article.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
      await article.moveMouse(point);
      const card = await article.waitFor('the card after the restart', readCard, undefined);
      expect(card.treatyText).toContain('an armed attack against one or more of them');

      // The page changes while the worker is stopped: its report wakes it, the badge follows.
      await stopWorker();
      await article.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'Kyiv gave up its arsenal under the Budapest Memorandum of 1994.';
        document.querySelector('article')?.append(paragraph);
      }, undefined);
      await badgeBecomes(tabId, String(count + 1));

      // Counts live in session storage, not in the worker: switching the badge off and on
      // after another stop brings the count back.
      await stopWorker();
      const setShowBadge = (showBadge: boolean) =>
        browser.inExtension(
          (showBadge) =>
            chrome.storage.sync
              .get('settings')
              .then(({ settings }) =>
                chrome.storage.sync.set({ settings: { ...(settings as object), showBadge } }),
              )
              .then(() => true),
          showBadge,
        );
      await setShowBadge(false);
      await badgeBecomes(tabId, '');
      await stopWorker();
      await setShowBadge(true);
      await badgeBecomes(tabId, String(count + 1));

      // The menu item is the browser's, and its click handler is registered at every start.
      await stopWorker();
      expect(await browser.hook('lookUpMenuExists', undefined)).toBe(true);
      expect(
        await browser.hook('lookUpSelection', { selectionText: 'tripwire force', tabId }),
      ).toEqual({
        entryId: 'tripwire-force',
      });
    });
  });

  describe('privacy (Chromium)', () => {
    it('makes no network request of its own while scanning, showing cards and opening every page', async (test) => {
      if (!browser.networkRequests) return test.skip();
      // From here on: earlier tests visited chrome://extensions on purpose.
      const earlier = browser.networkRequests().length;
      const { article, tabId } = await openArticle();
      await article.bringToFront();
      const point = await article.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
      await article.moveMouse(point);
      await article.waitFor('the hover card', readCard, undefined);
      await browser.hook('runCommand', { command: 'next-mark', tabId });
      await browser.hook('lookUpSelection', { selectionText: 'Article 5', tabId });
      const popup = await track(browser.openExtensionPage(`popup.html?tabId=${tabId}`));
      await popup.waitFor('the popup’s list', foundConceptsOrNull, undefined);
      await popup.type('[data-testid="lookup-input"]', 'tripwire');
      const panel = await track(browser.openExtensionPage('sidepanel.html'));
      await panel.waitFor('the entry in the side panel', shownEntryId, undefined);
      const options = await track(browser.openExtensionPage('options.html'));
      await options.waitFor(
        'the options page',
        () => document.querySelector('input') !== null,
        undefined,
      );
      await track(browser.openPage(offListServer.urlOf('ui/no-concepts.html')));

      const fixtureOrigins = [server.origin, offListServer.origin];
      const recorded = browser.networkRequests().slice(earlier);
      const ours = recorded.filter(
        (request) =>
          !request.url.startsWith('chrome-extension://') &&
          !request.url.startsWith('data:') &&
          (request.fromServiceWorker ||
            request.documentUrl.startsWith('chrome-extension://') ||
            !fixtureOrigins.includes(new URL(request.url).origin)),
      );
      // The recorder works: it saw the fixture pages and the extension's own files.
      expect(recorded.some((request) => request.url === server.urlOf('sample-article.html'))).toBe(
        true,
      );
      expect(ours).toEqual([]);
    });
  });

  describe('an extension update or reload (Chromium)', () => {
    it('leaves the old content script stopped, with no error in the page console', async (test) => {
      if (!browser.reloadExtension) return test.skip();
      const { article } = await openArticle();
      await article.bringToFront();
      expect(article.consoleErrors()).toEqual([]);
      await browser.reloadExtension();

      // Everything that would wake the old script: the page changes, the pointer rests on a
      // mark (the card would ask the background), the page scrolls, the address changes.
      await article.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'The Budapest Memorandum of 1994 came up again.';
        document.querySelector('article')?.append(paragraph);
        history.pushState({}, '', `${location.pathname}?after-reload`);
      }, undefined);
      const point = await article.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
      await article.moveMouse(point);
      await article.evaluate(() => window.scrollBy(0, 200), undefined);
      // Give the old script the time a hover takes to open a card (300 ms by default) and a
      // frame: there is nothing positive to wait for, the script is meant to do nothing.
      await article.evaluate(
        () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 1500)),
        undefined,
      );
      expect(await article.evaluate(readCard, undefined)).toBeNull();
      expect(article.consoleErrors()).toEqual([]);
    });
  });

  const storedSiteMode = () =>
    browser.inExtension(
      () =>
        chrome.storage.sync
          .get('settings')
          .then(
            ({ settings }) => (settings as { siteMode?: string } | undefined)?.siteMode ?? 'news',
          ),
      undefined,
    );
}

/** Polls `attempt` until it returns something other than undefined (bounded by the harness). */
async function eventuallyDefined<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 10_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
}

// Page functions (serialised on their own: no imports or outer names).

function shownEntryId(): string | null {
  return (
    document.querySelector('[data-testid="entry-card"]')?.getAttribute('data-entry-id') ?? null
  );
}

function searchState(): { query: string; entryIds: string[] } | null {
  const input = document.querySelector<HTMLInputElement>('[data-testid="lookup-input"]');
  const entryIds = [...document.querySelectorAll('[data-testid="lookup-result"]')].map(
    (result) => result.getAttribute('data-entry-id') ?? '',
  );
  return input && input.value !== '' && entryIds.length > 0
    ? { query: input.value, entryIds }
    : null;
}

function cardEntryIs(entryId: string | null): boolean {
  const shown = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector('[data-testid="entry-card"][data-entry-id]')
    ?.getAttribute('data-entry-id');
  return shown === entryId;
}

function cardEntryIsNot(entryId: string | null): boolean {
  const shown = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector('[data-testid="entry-card"][data-entry-id]')
    ?.getAttribute('data-entry-id');
  return typeof shown === 'string' && shown !== entryId;
}

function noMarks(): boolean {
  let total = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('treaty-lens-')) total += highlight.size;
  }
  return total === 0;
}

function foundConceptsOrNull(): number | null {
  const count = document.querySelectorAll('[data-testid="found-concept"]').length;
  return count > 0 ? count : null;
}
