/**
 * The browser-integration tests' view of a browser (integration.suite.ts): the harness's pages
 * plus the extension's side of things (background test hooks, extension APIs, permissions, the
 * service worker), over Playwright (Chromium) and Puppeteer (Firefox). Both run the test-mode
 * builds, whose background exposes `treatyLensTestHooks` (utils/test-mode.ts).
 */
import type { Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { IntegrationTestHooks } from '../../entrypoints/background/test-hooks';
import {
  type ChromiumWithExtension,
  launchChromium,
  wrapPage as wrapChromiumPage,
} from './harness/chromium';
import {
  type FirefoxWithExtension,
  launchFirefox,
  wrapPage as wrapFirefoxPage,
} from './harness/firefox';
import { chromeTestModeBuildDir, firefoxTestModeBuildDir, requireBuild } from './harness/paths';
import { type TestPage, timeoutMessage, waitTimeoutMs } from './harness/test-page';

type Hooks = IntegrationTestHooks;
export type HookName = keyof Hooks;
type HookArgs<Name extends HookName> = Parameters<Hooks[Name]>[0];
type HookResult<Name extends HookName> = Awaited<ReturnType<Hooks[Name]>>;

export interface RecordedRequest {
  url: string;
  /** Made by the extension's service worker. */
  fromServiceWorker: boolean;
  /** Address of the document that made it (empty for the service worker). */
  documentUrl: string;
}

/** A tab the tests opened, which can be made the active tab (keyboard commands act on it). */
export interface IntegrationPage extends TestPage {
  bringToFront(): Promise<void>;
  /**
   * Chromium: errors the page's console showed since it opened, from every world (the page's
   * and the content script's isolated one) and uncaught exceptions. Empty in Firefox.
   */
  consoleErrors(): string[];
}

export interface IntegrationBrowser {
  name: 'chromium' | 'firefox';
  openPage(url: string): Promise<IntegrationPage>;
  /** An extension page (`options.html`, `sidepanel.html?…`) in a tab of its own. */
  openExtensionPage(path: string): Promise<IntegrationPage>;
  /** Calls a test hook in the background: the handler a menu click or key press would run. */
  hook<Name extends HookName>(name: Name, args: HookArgs<Name>): Promise<HookResult<Name>>;
  /** Runs `fn` in an extension page, where `chrome` (and in Firefox `browser`) is the API. */
  inExtension<Result, Arg>(fn: (arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>>;
  /**
   * Grants "All sites" the way a reader can outside a permission prompt (Chromium: the site
   * access setting of chrome://extensions). Null where the prompt itself is auto-accepted.
   */
  preGrantAllSites: (() => Promise<void>) | null;
  /** Chromium: stops the extension's service worker, as the browser does when it idles. */
  stopServiceWorker: (() => Promise<void>) | null;
  /** Chromium: reloads the extension (as an update does), leaving its old content scripts behind. */
  reloadExtension: (() => Promise<void>) | null;
  /**
   * Chromium: every request the browser's pages, frames and the extension's service worker
   * made since launch (Playwright enables the CDP Network domain on each of those targets,
   * service workers included), for the no-network test. Null in Firefox.
   */
  networkRequests: (() => RecordedRequest[]) | null;
  close(): Promise<void>;
}

declare const chrome: typeof import('wxt/browser').browser;

const hooksGlobal = 'treatyLensTestHooks';

async function waitUntil<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + waitTimeoutMs;
  let lastError: unknown = 'never found';
  while (Date.now() < deadline) {
    try {
      const found = await attempt();
      if (found !== undefined) return found;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw timeoutMessage(what, lastError);
}

export async function launchIntegrationChromium(): Promise<
  IntegrationBrowser & { chromium: ChromiumWithExtension }
> {
  const browser = await launchChromium({
    extensionDir: requireBuild({ dir: chromeTestModeBuildDir, command: 'npm run build:e2e' }),
  });
  const { context, extensionId } = browser;
  const origin = `chrome-extension://${extensionId}`;
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    let documentUrl = '';
    try {
      documentUrl = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    requests.push({
      url: request.url(),
      fromServiceWorker: request.serviceWorker() !== null,
      documentUrl,
    });
  });
  const runningWorker = () =>
    context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
  let controlPage: PlaywrightPage | undefined;
  const control = async () => {
    if (controlPage && !controlPage.isClosed()) return controlPage;
    controlPage = await context.newPage();
    await controlPage.goto(`${origin}/options.html`);
    return controlPage;
  };
  /** The service worker, started again (by a message, as any event would) if it was stopped. */
  const worker = async (): Promise<Worker> => {
    const running = runningWorker();
    if (running) return running;
    const started = context.waitForEvent('serviceworker', { timeout: waitTimeoutMs });
    await (await control()).evaluate(() =>
      chrome.runtime.sendMessage({ type: 'page-summary' }).catch(() => {}),
    );
    return runningWorker() ?? (await started);
  };
  const open = async (url: string): Promise<IntegrationPage> => {
    const page = await context.newPage();
    const errors: string[] = [];
    // A CDP session of our own: Runtime reports console calls and exceptions of every
    // execution context, the content script's isolated world included; Log the browser's own.
    const session = await context.newCDPSession(page);
    session.on('Runtime.consoleAPICalled', (event) => {
      if (event.type === 'error' || event.type === 'assert') {
        errors.push(event.args.map((arg) => String(arg.value ?? arg.description)).join(' '));
      }
    });
    session.on('Runtime.exceptionThrown', (event) => {
      errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
    });
    session.on('Log.entryAdded', (event) => {
      // Resource errors (a missing favicon) are the fixture server's, not the extension's.
      if (event.entry.level === 'error' && event.entry.source !== 'network')
        errors.push(event.entry.text);
    });
    await session.send('Runtime.enable');
    await session.send('Log.enable');
    await page.goto(url);
    return {
      ...wrapChromiumPage(page),
      bringToFront: () => page.bringToFront(),
      consoleErrors: () => [...errors],
    };
  };
  return {
    name: 'chromium',
    chromium: browser,
    openPage: open,
    openExtensionPage: (path) => open(`${origin}/${path}`),
    async hook(name, args) {
      return (await worker()).evaluate(
        ({ name, args, hooksGlobal }) =>
          (globalThis as unknown as Record<string, Record<string, (args: unknown) => unknown>>)[
            hooksGlobal
          ]?.[name]?.(args),
        { name, args, hooksGlobal },
      ) as never;
    },
    inExtension: async (fn, arg) => (await control()).evaluate(fn as never, arg) as never,
    async preGrantAllSites() {
      // chrome://extensions' own API: what its "Site access: On all sites" control calls.
      const page = await context.newPage();
      try {
        await page.goto('chrome://extensions');
        await page.evaluate(
          (id) =>
            (
              globalThis as unknown as {
                chrome: {
                  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
                };
              }
            ).chrome.developerPrivate.addHostPermission(id, '*://*/*'),
          extensionId,
        );
      } finally {
        await page.close();
      }
    },
    async stopServiceWorker() {
      const running = runningWorker();
      if (!running) return;
      const closed = new Promise((resolve) => running.once('close', resolve));
      // The DevTools ServiceWorker domain of an extension page sees the extension's worker:
      // https://chromedevtools.github.io/devtools-protocol/tot/ServiceWorker/#method-stopWorker
      const session = await context.newCDPSession(await control());
      try {
        const versions = new Promise<string[]>((resolve) => {
          session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            const ours = versions.filter(
              (version) =>
                version.scriptURL.startsWith(origin) && version.runningStatus === 'running',
            );
            if (ours.length > 0) resolve(ours.map((version) => version.versionId));
          });
        });
        await session.send('ServiceWorker.enable');
        for (const versionId of await versions)
          await session.send('ServiceWorker.stopWorker', { versionId });
      } finally {
        await session.detach().catch(() => {});
      }
      await closed;
    },
    async reloadExtension() {
      // Off and on again from chrome://extensions' own API: the old content scripts are left
      // behind exactly as after an update. (runtime.reload() of a --load-extension extension
      // does not come back in headless Chromium.)
      const page = await context.newPage();
      try {
        await page.goto('chrome://extensions');
        await page.evaluate(async (id) => {
          const { management } = (
            globalThis as unknown as {
              chrome: { management: { setEnabled(id: string, enabled: boolean): Promise<void> } };
            }
          ).chrome;
          await management.setEnabled(id, false);
          await management.setEnabled(id, true);
        }, extensionId);
      } finally {
        await page.close();
      }
      controlPage = undefined;
    },
    networkRequests: () => [...requests],
    close: () => browser.close(),
  };
}

export async function launchIntegrationFirefox(): Promise<
  IntegrationBrowser & { firefox: FirefoxWithExtension }
> {
  const browser = await launchFirefox({
    extensionDir: requireBuild({ dir: firefoxTestModeBuildDir, command: 'npm run build:e2e' }),
    // Optional permissions are granted without the prompt a headless browser cannot answer.
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  const origin = browser.extensionOrigin;
  let controlPage: TestPage | undefined;
  const control = async () => {
    if (controlPage) return controlPage;
    controlPage = await browser.openOptions();
    // Firefox's MV2 `chrome` takes callbacks; the tests' page functions use promises, as
    // `browser` does. In this control page only, `chrome` is `browser`.
    await controlPage.evaluate(() => {
      const api = globalThis as unknown as { browser: unknown };
      Object.defineProperty(globalThis, 'chrome', { value: api.browser, configurable: true });
    }, undefined);
    return controlPage;
  };
  const findPage = (href: string, before: Set<PuppeteerPage>) =>
    waitUntil(`a tab at ${href}`, async () => {
      for (const page of await browser.browser.pages()) {
        if (before.has(page)) continue;
        if ((await page.evaluate(() => location.href).catch(() => '')) === href) return page;
      }
      return undefined;
    });
  return {
    name: 'firefox',
    firefox: browser,
    async openPage(url) {
      const page = await browser.browser.newPage();
      await page.goto(url);
      return {
        ...wrapFirefoxPage(page),
        bringToFront: () => page.bringToFront(),
        consoleErrors: () => [],
      };
    },
    async openExtensionPage(path) {
      const before = new Set(await browser.browser.pages());
      const href = `${origin}/${path}`;
      // BiDi refuses moz-extension:// navigation; the extension opens its own page instead.
      await (await control()).evaluate((url) => chrome.tabs.create({ url }).then(() => true), href);
      const page = await findPage(href, before);
      return {
        ...wrapFirefoxPage(page),
        bringToFront: () => page.bringToFront(),
        consoleErrors: () => [],
      };
    },
    async hook(name, args) {
      return (await control()).evaluate(
        async ({ name, args, hooksGlobal }) => {
          const background = (await (
            globalThis as unknown as {
              browser: { runtime: { getBackgroundPage(): Promise<unknown> } };
            }
          ).browser.runtime.getBackgroundPage()) as Record<
            string,
            Record<string, (args: unknown) => unknown>
          >;
          return background[hooksGlobal]?.[name]?.(args);
        },
        { name, args, hooksGlobal },
      ) as never;
    },
    inExtension: async (fn, arg) => (await control()).evaluate(fn, arg) as never,
    preGrantAllSites: null,
    stopServiceWorker: null,
    reloadExtension: null,
    networkRequests: null,
    close: () => browser.close(),
  };
}
