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
  /**
   * Made by the extension, as far as the browser tells: by its service worker or background
   * page, by one of its pages, or (Firefox, whose request carries the script's principal) by
   * its content script.
   */
  byExtension: boolean;
  /** What made it, for the failure message: a document's or the worker's address. */
  madeIn: string;
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
  /**
   * Clicks the extension's toolbar button while `page` is the active tab, as the reader does:
   * the real popup opens for that tab, and the browser grants activeTab on it. Chromium:
   * DevTools' Extensions.triggerAction; Firefox: the browser action's own triggerAction,
   * "with the same effects as if it were clicked by a user". Reach the popup with
   * `extension.getViews({ type: 'popup' })` from `inExtension`.
   */
  clickToolbarButton(page: IntegrationPage): Promise<void>;
  /**
   * Clicks `selector` in `page`, whose handler asks for a permission, and has the browser
   * refuse it. Firefox: a real click, Firefox's real prompt and its "Deny" button. Chromium:
   * no driver can answer headless Chromium's prompt (it stays open for ever), so the click is
   * made without a user gesture, which Chromium's permissions.request refuses ("must be
   * called during a user gesture").
   */
  clickAndRefusePermission(page: IntegrationPage, selector: string): Promise<void>;
  /**
   * Chromium: stops the extension's service worker, as the browser does when it idles, and
   * returns once the browser reports it stopped.
   */
  stopServiceWorker: (() => Promise<void>) | null;
  /** Chromium: reloads the extension (as an update does), leaving its old content scripts behind. */
  reloadExtension: (() => Promise<void>) | null;
  /**
   * Every request the web pages, frames and the extension made since launch, for the
   * no-network test. Chromium: Playwright enables the CDP Network domain on every page, frame
   * and service worker. Firefox: an observer of Gecko's own "http-on-opening-request" (see
   * recordRequestsInFirefox).
   */
  networkRequests(): Promise<RecordedRequest[]>;
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

/** Rejects when `promise` has not settled within the harness's wait. */
function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutMessage(what, 'no answer')), waitTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function requirePresent<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}`);
  return value;
}

export async function launchIntegrationChromium(): Promise<
  IntegrationBrowser & { chromium: ChromiumWithExtension }
> {
  const browser = await launchChromium({
    extensionDir: requireBuild({ dir: chromeTestModeBuildDir, command: 'npm run build:e2e' }),
    // DevTools' Extensions domain (Extensions.triggerAction: the toolbar button) answers only
    // with this switch, and only over the pipe Playwright connects by.
    extraArgs: ['--enable-unsafe-extension-debugging'],
  });
  const { context, extensionId } = browser;
  const origin = `chrome-extension://${extensionId}`;
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    let madeIn = request.serviceWorker()?.url() ?? '';
    try {
      madeIn ||= request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    requests.push({ url: request.url(), madeIn, byExtension: madeIn.startsWith(origin) });
  });
  // The browser's own DevTools session: its target list shows which workers run.
  const browserSession = await requirePresent(context.browser()).newBrowserCDPSession();
  /** A stopped service worker has no DevTools target; a running one has. */
  const workerIsRunning = async () => {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    return targetInfos.some(
      (target) => target.type === 'service_worker' && target.url.startsWith(origin),
    );
  };
  let controlPage: PlaywrightPage | undefined;
  const control = async () => {
    if (controlPage && !controlPage.isClosed()) return controlPage;
    controlPage = await context.newPage();
    await controlPage.goto(`${origin}/options.html`);
    return controlPage;
  };
  /** The service worker, started again (by a message, as any event would) if it was stopped. */
  const worker = async (): Promise<Worker> => {
    if (!(await workerIsRunning())) {
      await (await control()).evaluate(() =>
        chrome.runtime.sendMessage({ type: 'page-summary' }).catch(() => {}),
      );
    }
    // Playwright keeps one Worker per DevTools target, and a restarted worker keeps its target,
    // so the Worker found here evaluates in the new instance.
    return waitUntil('the running service worker', async () =>
      (await workerIsRunning())
        ? context.serviceWorkers().find((running) => running.url().startsWith(origin))
        : undefined,
    );
  };
  const playwrightPages = new WeakMap<IntegrationPage, PlaywrightPage>();
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
    const integrationPage = {
      ...wrapChromiumPage(page),
      bringToFront: () => page.bringToFront(),
      consoleErrors: () => [...errors],
    };
    playwrightPages.set(integrationPage, page);
    return integrationPage;
  };
  const playwrightPageOf = (page: IntegrationPage) =>
    requirePresent(playwrightPages.get(page), 'a page opened by this browser');
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
    async clickToolbarButton(page) {
      // The control page first: opening it later would take the front and close the popup.
      await control();
      await page.bringToFront();
      const url = await page.href();
      // triggerAction wants the tab's target, not its page's; the address tells them apart.
      const { targetInfos } = await browserSession.send('Target.getTargets', {
        filter: [{ type: 'tab' }],
      });
      const tabs = targetInfos.filter((target) => target.url === url);
      if (tabs.length !== 1) throw new Error(`${tabs.length} tabs at ${url}, expected one`);
      await browserSession.send('Extensions.triggerAction', {
        id: extensionId,
        targetId: requirePresent(tabs[0]).targetId,
      });
    },
    async clickAndRefusePermission(page, selector) {
      // Runtime.evaluate without userGesture (Playwright's own evaluate passes one).
      const session = await context.newCDPSession(playwrightPageOf(page));
      const run = async (expression: string) =>
        (await session.send('Runtime.evaluate', { expression, returnByValue: true })).result
          .value as unknown;
      const element = `document.querySelector(${JSON.stringify(selector)})`;
      try {
        await waitUntil(selector, async () =>
          (await run(`${element} !== null`)) ? true : undefined,
        );
        if (await run('navigator.userActivation.hasBeenActive')) {
          throw new Error('The page has had a user gesture: refuse the permission in a fresh page');
        }
        await run(`${element}.click()`);
      } finally {
        await session.detach().catch(() => {});
      }
    },
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
      await worker();
      // What the Stop link of DevTools' service-worker pane sends, from a page of the
      // extension (its ServiceWorker domain sees the extension's worker):
      // https://chromedevtools.github.io/devtools-protocol/tot/ServiceWorker/#method-stopWorker
      const session = await context.newCDPSession(await control());
      try {
        const runningVersions = new Promise<string[]>((resolve) => {
          session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            const ours = versions.filter(
              (version) =>
                version.scriptURL.startsWith(origin) && version.runningStatus === 'running',
            );
            if (ours.length > 0) resolve(ours.map((version) => version.versionId));
          });
        });
        await session.send('ServiceWorker.enable');
        for (const versionId of await withTimeout(runningVersions, 'the running worker version'))
          await session.send('ServiceWorker.stopWorker', { versionId });
      } finally {
        await session.detach().catch(() => {});
      }
      // Playwright's Worker sends no "close" here (the target is kept for the next start):
      // the worker has stopped once its target is gone from the browser's list.
      await waitUntil('the service worker to stop', async () =>
        (await workerIsRunning()) ? undefined : true,
      );
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
    networkRequests: async () => [...requests],
    close: () => browser.close(),
  };
}

/** Firefox's switch for the optional-permission prompt (off: granted without asking). */
const optionalPermissionPromptPref = 'extensions.webextOptionalPermissionPrompts';

export async function launchIntegrationFirefox(): Promise<
  IntegrationBrowser & { firefox: FirefoxWithExtension }
> {
  const browser = await launchFirefox({
    extensionDir: requireBuild({ dir: firefoxTestModeBuildDir, command: 'npm run build:e2e' }),
    // Optional permissions are granted without a prompt, except while a test refuses one.
    prefs: { [optionalPermissionPromptPref]: false },
    // For the prompt's "Deny", the toolbar button and the request recorder (inBrowserChrome).
    privileged: true,
  });
  const origin = browser.extensionOrigin;
  await recordRequestsInFirefox(browser);
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
  // Opened now, before any test: the harness opens it through a request page of its own
  // server, which the no-network test would otherwise see as a request to a stranger.
  await control();
  const findPage = (href: string, before: Set<PuppeteerPage>) =>
    waitUntil(`a tab at ${href}`, async () => {
      for (const page of await browser.browser.pages()) {
        if (before.has(page)) continue;
        if ((await page.evaluate(() => location.href).catch(() => '')) === href) return page;
      }
      return undefined;
    });
  const wrap = (page: PuppeteerPage): IntegrationPage => ({
    ...wrapFirefoxPage(page),
    bringToFront: () => page.bringToFront(),
    consoleErrors: () => [],
  });
  return {
    name: 'firefox',
    firefox: browser,
    async openPage(url) {
      const page = await browser.browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const before = new Set(await browser.browser.pages());
      const href = `${origin}/${path}`;
      // BiDi refuses moz-extension:// navigation; the extension opens its own page instead.
      await (await control()).evaluate((url) => chrome.tabs.create({ url }).then(() => true), href);
      return wrap(await findPage(href, before));
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
    async clickToolbarButton(page) {
      await page.bringToFront();
      await browser.inBrowserChrome(async (extensionId) => {
        const chromeWindow = globalThis as unknown as GeckoWindow;
        const { ExtensionParent } = chromeWindow.ChromeUtils.importESModule(
          'resource://gre/modules/ExtensionParent.sys.mjs',
        );
        const { extension } = chromeWindow.WebExtensionPolicy.getByID(extensionId);
        // Firefox's own "triggers this browser action for the given window, with the same
        // effects as if it were clicked by a user" (ext-browserAction.js): the popup for the
        // selected tab, and activeTab on it.
        await ExtensionParent.apiManager.global
          .browserActionFor(extension)
          .triggerAction(chromeWindow);
        return true;
      }, browser.extensionId);
    },
    async clickAndRefusePermission(page, selector) {
      const setPrompt = (on: boolean) =>
        browser.inBrowserChrome(
          ({ pref, on }) => {
            (globalThis as unknown as GeckoWindow).Services.prefs.setBoolPref(pref, on);
            return true;
          },
          { pref: optionalPermissionPromptPref, on },
        );
      await setPrompt(true);
      try {
        // A real click: Firefox asks only from a user action.
        await page.click(selector);
        await waitUntil('Firefox’s permission prompt', () =>
          browser.inBrowserChrome(() => {
            const { PopupNotifications } = globalThis as unknown as GeckoWindow;
            const prompt = [...PopupNotifications.panel.children].find(
              (notification) => notification.notification?.id === 'addon-webext-permissions',
            );
            // The reader's click on "Deny".
            prompt?.secondaryButton.click();
            return prompt ? true : undefined;
          }, undefined),
        );
      } finally {
        await setPrompt(false);
      }
    },
    preGrantAllSites: null,
    stopServiceWorker: null,
    reloadExtension: null,
    async networkRequests() {
      const recorded = await browser.inBrowserChrome(
        () => (globalThis as unknown as GeckoWindow).treatyLensRecordedRequests,
        undefined,
      );
      return recorded.map(({ url, triggeredBy, documentUrl }) => ({
        url,
        // A content script's principal is an expanded one that names the extension's origin.
        byExtension: triggeredBy.includes(origin) || documentUrl.startsWith(origin),
        madeIn: documentUrl || triggeredBy,
      }));
    },
    close: () => browser.close(),
  };
}

/** What recordRequestsInFirefox keeps of each request. */
interface GeckoRequest {
  url: string;
  /** The triggering principal's origin: the page's, the extension's, or an expanded one's. */
  triggeredBy: string;
  /** The address of the document of the request's browsing context ('' for none). */
  documentUrl: string;
}

/** The privileged globals of Firefox's browser window that this driver uses (inBrowserChrome). */
interface GeckoWindow {
  Services: {
    prefs: { setBoolPref(name: string, value: boolean): void };
    obs: { addObserver(observer: { observe(subject: GeckoChannel): void }, topic: string): void };
  };
  Ci: { nsIChannel: unknown };
  ChromeUtils: {
    importESModule(url: string): {
      ExtensionParent: {
        apiManager: {
          global: {
            browserActionFor(extension: unknown): { triggerAction(window: unknown): Promise<void> };
          };
        };
      };
    };
  };
  WebExtensionPolicy: { getByID(id: string): { extension: unknown } };
  PopupNotifications: {
    panel: {
      children: Iterable<{
        notification?: { id: string };
        secondaryButton: { click(): void };
      }>;
    };
  };
  treatyLensRecordedRequests: GeckoRequest[];
}

interface GeckoChannel {
  QueryInterface(iid: unknown): GeckoChannel;
  URI: { spec: string };
  loadInfo: {
    browsingContextID: number;
    triggeringPrincipal: { origin: string; isSystemPrincipal: boolean };
    browsingContext: {
      currentWindowGlobal: { documentURI: { spec: string } | null } | null;
    } | null;
  };
}

/**
 * Records every HTTP request Firefox opens from now on, with who triggered it, for the
 * no-network test. WebDriver BiDi's network events leave out the extension's background page
 * (it is in no browsing context BiDi lists: a deliberate fetch from it was not reported),
 * so this observes Gecko's own "http-on-opening-request", in the browser's window. The browser's
 * own traffic (system principal, no page: settings and update checks) is left out, as
 * Chromium's is by Playwright.
 */
async function recordRequestsInFirefox(browser: FirefoxWithExtension): Promise<void> {
  await browser.inBrowserChrome(() => {
    const chromeWindow = globalThis as unknown as GeckoWindow;
    const recorded: GeckoRequest[] = [];
    chromeWindow.treatyLensRecordedRequests = recorded;
    chromeWindow.Services.obs.addObserver(
      {
        observe(subject) {
          const channel = subject.QueryInterface(chromeWindow.Ci.nsIChannel);
          const { triggeringPrincipal, browsingContextID, browsingContext } = channel.loadInfo;
          if (triggeringPrincipal.isSystemPrincipal && browsingContextID === 0) return;
          recorded.push({
            url: channel.URI.spec,
            triggeredBy: triggeringPrincipal.origin,
            documentUrl: browsingContext?.currentWindowGlobal?.documentURI?.spec ?? '',
          });
        },
      },
      'http-on-opening-request',
    );
    return true;
  }, undefined);
}
