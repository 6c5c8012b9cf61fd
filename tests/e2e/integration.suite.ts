/**
 * Browser-integration tests (issue 7), run in Chromium (integration.chromium.e2e.ts) and
 * Firefox (integration.firefox.e2e.ts) on the test-mode builds: the toolbar badge, the context
 * menu, the keyboard commands, "All sites" and its permission (granted, refused, taken back),
 * "Scan this page" through activeTab, no network requests, and (Chromium) a service worker
 * stopped in the middle of use. A test driver cannot click a context menu or press a browser
 * shortcut, so those go through the background's test hooks, which call the very handlers the
 * click and the key press call (entrypoints/background/test-hooks.ts). The toolbar button and
 * the permission prompt are the browsers' own (integration.driver.ts).
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
    await browser.inExtension(closeToolbarPopup, undefined);
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

  /** The entry ids of the concepts the content script lists for the tab, once its scan is done. */
  const pageConceptIds = (tabId: number) =>
    eventuallyDefined('the page summary after the scan', () =>
      browser.inExtension(
        (tabId) =>
          chrome.tabs
            .sendMessage(tabId, { type: 'page-summary' }, { frameId: 0 })
            .then((summary) => {
              const { concepts, scanning } = summary as {
                concepts: { entryId: string }[];
                scanning: boolean;
              };
              return scanning ? undefined : concepts.map((concept) => concept.entryId).sort();
            }),
        tabId,
      ),
    );

  /** The number of concepts the content script lists for the tab, once its scan is done. */
  const conceptCount = async (tabId: number) => (await pageConceptIds(tabId)).length;

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

    it('when granted, registers the content script for every site; when given back, removes it', async () => {
      await browser.preGrantAllSites?.();
      const options = await track(browser.openExtensionPage('options.html'));
      await options.click('input[name="siteMode"][value="all"]');
      await eventuallyDefined('siteMode "all"', async () =>
        (await storedSiteMode()) === 'all' ? true : undefined,
      );
      await scriptRegistered(true);
      await openArticle(offListArticle());

      await options.click('input[name="siteMode"][value="news"]');
      await scriptRegistered(false);
      expect(await allSitesGranted()).toBe(false);
    });

    it('when the request is refused, says so, stays on news sites and registers no script', async () => {
      const options = await track(browser.openExtensionPage('options.html'));
      // Firefox: "Deny" on its real prompt; Chromium: its refusal of a request made without a
      // user gesture (see clickAndRefusePermission).
      await browser.clickAndRefusePermission(options, 'input[name="siteMode"][value="all"]');
      const message = await options.waitFor(
        'the refusal in the options page',
        () =>
          document.querySelector('[role="alert"][data-testid="all-sites-refused"]')?.textContent,
        undefined,
      );
      expect(message).toContain('permission');
      expect(await options.evaluate(checkedSiteMode, undefined)).toBe('news');
      expect(await storedSiteMode()).toBe('news');
      expect(await allSitesGranted()).toBe(false);
      expect(await browser.hook('allSitesScriptRegistered', undefined)).toBe(false);
    });

    it('when the access is taken back outside the options page, removes the script and goes back to news sites', async () => {
      await browser.preGrantAllSites?.();
      const options = await track(browser.openExtensionPage('options.html'));
      await options.click('input[name="siteMode"][value="all"]');
      await scriptRegistered(true);

      // Another extension page gives the access back, as the browser's own site-access
      // settings can: only the background's permissions.onRemoved listener sees it.
      await browser.inExtension(
        (origins) => chrome.permissions.remove({ origins }).then(() => true),
        ['*://*/*'],
      );
      await scriptRegistered(false);
      await eventuallyDefined('siteMode "news"', async () =>
        (await storedSiteMode()) === 'news' ? true : undefined,
      );
      await options.waitFor(
        'the options page back on news sites',
        (mode) =>
          document.querySelector<HTMLInputElement>(`input[name="siteMode"][value="${mode}"]`)
            ?.checked,
        'news',
      );
    });
  });

  describe('"Scan this page" through activeTab', () => {
    it('marks a page off the list once the reader opens the popup from the toolbar and scans, and the popup lists its concepts', async () => {
      const url = offListServer.urlOf('sample-article.html');
      const page = await track(browser.openPage(url));
      const tabId = await eventuallyDefined('the off-list tab', () =>
        browser.hook('tabIdOf', { url }),
      );
      // Nothing runs here by itself (see "runs only on listed sites" above).
      expect(await page.evaluate(totalMarksOrNull, undefined)).toBeNull();

      await browser.clickToolbarButton(page);
      // The popup says the site is off the list and offers the scan (the activeTab grant of
      // the toolbar click is what lets it inject the script).
      await eventuallyDefined('"Scan this page" in the toolbar popup', () =>
        browser.inExtension(clickInToolbarPopup, '[data-testid="scan-this-page"]'),
      );
      const marks = await page.waitFor('marks from the scan', totalMarksOrNull, undefined);
      expect(marks).toBeGreaterThan(0);

      const conceptsOnPage = await pageConceptIds(tabId);
      expect(conceptsOnPage).toContain('nato-article-5');
      // The popup asks the page again until the scan's summary comes.
      const listed = await eventuallyDefined('the concepts in the toolbar popup', async () => {
        const ids = await browser.inExtension(toolbarPopupConceptIds, undefined);
        return ids?.join() === conceptsOnPage.join() ? ids : undefined;
      });
      expect(listed).toEqual(conceptsOnPage);
    });
  });

  describe('a stopped service worker (Chromium)', () => {
    it('keeps badge, context menu and entries working after the worker stopped mid-use', {
      timeout: 90_000,
    }, async (test) => {
      if (!browser.stopServiceWorker) return test.skip();
      const stopServiceWorker = browser.stopServiceWorker;
      const instances = new Set<string>();
      /** Stops the worker; the next hook call must then reach a new instance of it. */
      const stopWorker = async () => {
        instances.add(await browser.hook('backgroundInstanceId', undefined));
        await stopServiceWorker();
      };
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

      // The page changes while the worker is stopped: the badge follows.
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
      // Each stop really ended the worker: every stop met a new instance, none came back.
      instances.add(await browser.hook('backgroundInstanceId', undefined));
      expect(instances.size).toBe(6);
    });
  });

  describe('privacy', () => {
    it('makes no network request of its own while scanning, showing cards and opening every page', async () => {
      // From here on: earlier tests visited chrome://extensions on purpose.
      const earlier = (await browser.networkRequests()).length;
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
      const recorded = (await browser.networkRequests()).slice(earlier);
      const ours = recorded.filter(
        (request) =>
          // The extension's own packaged files (Firefox's recorder never sees them).
          !/^(chrome|moz)-extension:/.test(request.url) &&
          !request.url.startsWith('data:') &&
          (request.byExtension || !fixtureOrigins.includes(new URL(request.url).origin)),
      );
      // The recorder works: it saw the article's own request.
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

  /** Waits until the "All sites" script is registered, or gone: the background's own doing. */
  const scriptRegistered = (registered: boolean) =>
    eventuallyDefined(registered ? 'the registered script' : 'the script removed', async () =>
      (await browser.hook('allSitesScriptRegistered', undefined)) === registered ? true : undefined,
    );

  const allSitesGranted = () =>
    browser.inExtension((origins) => chrome.permissions.contains({ origins }), ['*://*/*']);

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

function checkedSiteMode(): string | null {
  return document.querySelector<HTMLInputElement>('input[name="siteMode"]:checked')?.value ?? null;
}

// In an extension page (inExtension): the popup opened from the toolbar is one of its views.
// (The cast: WXT's types give getViews() the windows API's Window, not the DOM's.)

/** Clicks `selector` in the toolbar popup once it is there; undefined until then. */
function clickInToolbarPopup(selector: string): true | undefined {
  const [popup] = chrome.extension.getViews({ type: 'popup' }) as unknown as Window[];
  const element = popup?.document.querySelector<HTMLElement>(selector);
  element?.click();
  return element ? true : undefined;
}

function toolbarPopupConceptIds(): string[] | undefined {
  const [popup] = chrome.extension.getViews({ type: 'popup' }) as unknown as Window[];
  const listed = popup?.document.querySelectorAll('[data-testid="found-concept"]') ?? [];
  return popup
    ? [...listed].map((concept) => concept.getAttribute('data-entry-id') ?? '').sort()
    : undefined;
}

function closeToolbarPopup(): boolean {
  for (const popup of chrome.extension.getViews({ type: 'popup' }) as unknown as Window[])
    popup.close();
  return true;
}
