/**
 * Real Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi.
 *
 * The add-on is installed as a temporary add-on with a fixed moz-extension UUID. BiDi refuses
 * to navigate to moz-extension:// URLs, so extension pages are opened by the test-mode build's
 * background (see utils/test-mode.ts) and found again by their `location.href`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, startFixtureServer, testModeRequestPath } from './fixture-server';
import { type ExtensionBrowser, type TestPage, timeoutMessage, waitTimeoutMs } from './test-page';

/** The moz-extension host of the add-on in test runs (any valid UUID; fixed for stable URLs). */
export const firefoxExtensionUuid = '7e3a1c52-5b8e-4f0a-9d21-6c4b8f1e0a37';

const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  const found = firefoxCandidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'Firefox not found (looked for /usr/bin/firefox-esr, /usr/bin/firefox). ' +
        'Install Debian firefox-esr: apt-get install -y firefox-esr (or set FIREFOX_PATH).',
    );
  }
  return found;
}

export interface FirefoxWithExtension extends ExtensionBrowser {
  browser: Browser;
  extensionOrigin: string;
  /** The add-on's id (the manifest's gecko id). */
  extensionId: string;
  /**
   * Runs `fn` in the browser's own privileged window (browser.xhtml), for what no WebDriver
   * command reaches: the permission prompt, the toolbar button, Gecko's request observers.
   * Only in a browser launched with `privileged: true`. `fn` and its result go as JSON.
   */
  inBrowserChrome<Result, Arg>(fn: (arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>>;
}

async function geckoIdOf(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

export async function launchFirefox({
  extensionDir,
  prefs = {},
  privileged = false,
}: {
  extensionDir: string;
  /** Extra Firefox preferences for this run (e.g. to auto-grant optional permissions). */
  prefs?: Record<string, unknown>;
  /**
   * Lets WebDriver BiDi run scripts in the browser's own windows (`inBrowserChrome`):
   * Firefox's `--remote-allow-system-access`, for tests only.
   */
  privileged?: boolean;
}): Promise<FirefoxWithExtension> {
  const geckoId = await geckoIdOf(extensionDir);
  // Puppeteer makes a temporary profile and deletes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: privileged ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: firefoxExtensionUuid }),
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return wrapBrowser(browser, geckoId);
}

/** The part of Puppeteer's WebDriver BiDi connection that `inBrowserChrome` sends commands on. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

type BidiEvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** See FirefoxWithExtension.inBrowserChrome. */
function browserChromeRunner(browser: Browser): FirefoxWithExtension['inBrowserChrome'] {
  // Puppeteer has no public API for raw BiDi commands; its connection is a public property
  // of the BiDi browser (puppeteer-core/lib/puppeteer/bidi/Browser.d.ts), untyped on Browser.
  const { connection } = browser as unknown as { connection: BidiConnection };
  return async (fn, arg) => {
    // Firefox's extension of browsingContext.getTree: `moz:scope: "chrome"` lists its windows.
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
      .result as { contexts: { context: string; url: string }[] };
    const window = tree.contexts.find(
      (context) => context.url === 'chrome://browser/content/browser.xhtml',
    );
    if (!window) throw new Error('No browser window (was Firefox launched with privileged: true?)');
    const reply = (
      await connection.send('script.callFunction', {
        functionDeclaration: `async (json) => JSON.stringify(await (${fn.toString()})(JSON.parse(json)))`,
        arguments: [{ type: 'string', value: JSON.stringify(arg) ?? 'null' }],
        target: { context: window.context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result as BidiEvaluateResult;
    if (reply.type === 'exception')
      throw new Error(`In the browser window: ${reply.exceptionDetails.text}`);
    const json = reply.result.value;
    return typeof json === 'string' ? JSON.parse(json) : undefined;
  };
}

function wrapBrowser(browser: Browser, extensionId: string): FirefoxWithExtension {
  const extensionOrigin = `moz-extension://${firefoxExtensionUuid}`;
  const puppeteerPages = new WeakMap<TestPage, Page>();
  const openPage = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url);
    const testPage = wrapPage(page);
    puppeteerPages.set(testPage, page);
    return testPage;
  };

  // Test-mode requests are plain http://127.0.0.1 tabs; a small server answers them.
  let requestServer: Promise<FixtureServer> | undefined;

  /** Asks the test-mode background to open an extension page, then finds its new tab. */
  const openExtensionPage = async (page: string, forUrl?: string) => {
    requestServer ??= startFixtureServer();
    const request = new URL(`${(await requestServer).origin}${testModeRequestPath}open`);
    request.searchParams.set('page', page);
    if (forUrl) request.searchParams.set('for', forUrl);
    const tabsBefore = new Set(await browser.pages());
    const requestTab = await browser.newPage();
    try {
      await requestTab.goto(request.href);
      return await findNewPage({ hrefPrefix: `${extensionOrigin}/${page}`, tabsBefore });
    } finally {
      await requestTab.close();
    }
  };

  const findNewPage = async ({
    hrefPrefix,
    tabsBefore,
  }: {
    hrefPrefix: string;
    tabsBefore: Set<Page>;
  }): Promise<TestPage> => {
    const deadline = Date.now() + waitTimeoutMs;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (tabsBefore.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(hrefPrefix)) return wrapPage(page);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `No new tab at ${hrefPrefix} after ${waitTimeoutMs} ms: is this the test-mode build ` +
        '(npm run build:e2e), and does its background call startTestMode()?',
    );
  };

  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    extensionId,
    inBrowserChrome: browserChromeRunner(browser),
    openPage,
    async openPopup(forPage) {
      const page = puppeteerPages.get(forPage);
      if (!page) throw new Error('openPopup needs a page opened by this browser');
      // The background picks, among tabs at this address, the one used last: this one.
      await page.bringToFront();
      return openExtensionPage('popup.html', await forPage.href());
    },
    openOptions: () => openExtensionPage('options.html'),
    async close() {
      try {
        await browser.close();
      } finally {
        await (await requestServer)?.close();
      }
    },
  };
}

export function wrapPage(page: Page): TestPage {
  return {
    href: () => page.evaluate(() => location.href),
    // The casts: Puppeteer's handle types cannot follow the generic `Arg` through.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    async waitFor(what, fn, arg) {
      try {
        const handle = await page.waitForFunction(
          fn as (arg: unknown) => unknown,
          { timeout: waitTimeoutMs },
          arg,
        );
        return (await handle.jsonValue()) as never;
      } catch (error) {
        throw timeoutMessage(what, error);
      }
    },
    moveMouse: ({ x, y }) => page.mouse.move(x, y),
    async click(selector) {
      await page.waitForSelector(selector, { timeout: waitTimeoutMs });
      await page.click(selector);
    },
    async type(selector, text) {
      await page.waitForSelector(selector, { timeout: waitTimeoutMs });
      await page.type(selector, text);
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
}
