/**
 * Test mode for the browser end-to-end tests, compiled only into `--mode e2e` builds (the
 * background calls `startTestMode()` behind `import.meta.env.MODE === 'e2e'`, so production
 * bundles drop it).
 *
 * Why: Firefox's WebDriver BiDi refuses to navigate to `moz-extension://` URLs, so a test cannot
 * open the popup or the options page itself. Instead it opens
 * `http://127.0.0.1:PORT/__treaty-lens-e2e__/open?page=popup.html&for=<article URL>` in a tab;
 * this listener sees that URL (the e2e build adds the `tabs` permission), finds the tab showing
 * the article and opens `popup.html?tabId=N` with `tabs.create`. The test then finds the new tab
 * by its `location.href`.
 */
import { browser } from 'wxt/browser';

const requestPath = '/__treaty-lens-e2e__/open';
/** Only the extension's own pages, never an arbitrary URL. */
const openablePages = new Set(['popup.html', 'options.html', 'sidepanel.html', 'welcome.html']);

export function startTestMode(): void {
  browser.tabs.onUpdated.addListener((_tabId, changeInfo) => {
    const request = parseRequest(changeInfo.url);
    if (request) void openRequestedPage(request);
  });
}

interface OpenRequest {
  page: string;
  /** URL of the tab the page should act on (sets `?tabId=`). */
  forUrl: string | null;
}

function parseRequest(url: string | undefined): OpenRequest | undefined {
  if (!url?.startsWith('http://127.0.0.1:')) return undefined;
  const parsed = new URL(url);
  const page = parsed.searchParams.get('page') ?? '';
  if (parsed.pathname !== requestPath || !openablePages.has(page)) return undefined;
  return { page, forUrl: parsed.searchParams.get('for') };
}

async function openRequestedPage({ page, forUrl }: OpenRequest): Promise<void> {
  const getURL = browser.runtime.getURL as (path: string) => string;
  const pageUrl = new URL(getURL(`/${page}`));
  if (forUrl) {
    // Of several tabs at that address, the one the test brought to the front last.
    const [target] = (await browser.tabs.query({}))
      .filter((tab) => tab.url === forUrl)
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    // A missing tab still opens the page, marked, so the test fails with a readable reason.
    pageUrl.searchParams.set('tabId', String(target?.id ?? -1));
  }
  await browser.tabs.create({ url: pageUrl.href });
}

/** Where test-mode hooks live on the background's global object. */
export const testHooksGlobal = 'treatyLensTestHooks';

/**
 * Puts handlers the tests cannot reach through browser UI (a context-menu click, a keyboard
 * shortcut) on the background's global object: Chromium tests call them with
 * `serviceWorker.evaluate`, Firefox tests from an extension page through
 * `runtime.getBackgroundPage()`. Test-mode builds only, like `startTestMode`.
 */
export function exposeTestHooks({ hooks }: { hooks: object }): void {
  (globalThis as Record<string, unknown>)[testHooksGlobal] = hooks;
}
