/**
 * A little more than the harness's TestPage for the page-engine tests: clicks at a point, key
 * presses, and code run inside a child frame, over Playwright (Chromium) and Puppeteer (Firefox).
 */

import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { launchChromium, wrapPage as wrapChromiumPage } from './harness/chromium';
import { launchFirefox, wrapPage as wrapFirefoxPage } from './harness/firefox';
import { chromeBuildDir, firefoxTestModeBuildDir, requireBuild } from './harness/paths';
import { type TestPage, timeoutMessage, waitTimeoutMs } from './harness/test-page';

/** The extension's API inside the service worker (`worker.evaluate` runs there). */
declare const chrome: typeof browser;

export interface EnginePage extends TestPage {
  clickAt(point: { x: number; y: number }): Promise<void>;
  press(key: string): Promise<void>;
  /** Runs `fn` in the first child frame whose URL contains `urlPart`. */
  evaluateInFrame<Result, Arg>(
    urlPart: string,
    fn: (arg: Arg) => Result,
    arg: Arg,
  ): Promise<Result>;
}

export interface EngineBrowser {
  name: 'chromium' | 'firefox';
  openPage(url: string): Promise<EnginePage>;
  /**
   * Sends a message to the content script of the most recently opened page, as the popup
   * does; null where the browser gives tests no extension context.
   */
  sendToActiveTab: ((message: unknown) => Promise<unknown>) | null;
  /**
   * A keyboard command (`next-mark`, `previous-mark`) pressed on the most recently opened page,
   * brought to the front. Chromium (production build, no test hooks) sends the content script
   * the message the command's handler sends; Firefox's test-mode background runs the handler
   * itself (`runCommand` in entrypoints/background/test-hooks.ts), since a driver cannot press a
   * browser shortcut. True when the command was handled.
   */
  runCommand: ((command: 'next-mark' | 'previous-mark') => Promise<unknown>) | null;
  /**
   * Changes some stored settings (the rest keep their stored or default values); `null` removes
   * the stored settings so every field is back to its default. Null where, as above, the
   * browser gives tests no extension context.
   */
  setSettings: ((patch: Record<string, unknown> | null) => Promise<void>) | null;
  close(): Promise<void>;
}

async function inFrame<Result>(
  frames: { url(): string; evaluate: (...args: never[]) => Promise<unknown> }[],
  urlPart: string,
  run: (frame: never) => Promise<Result>,
): Promise<Result> {
  const deadline = Date.now() + waitTimeoutMs;
  while (Date.now() < deadline) {
    const frame = frames.find((candidate) => candidate.url().includes(urlPart));
    if (frame) return run(frame as never);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No frame with ${urlPart} in its URL`);
}

export async function launchChromiumEngine(): Promise<EngineBrowser> {
  const browser = await launchChromium({
    extensionDir: requireBuild({ dir: chromeBuildDir, command: 'npm run build' }),
  });
  let lastPage: PlaywrightPage | null = null;
  const worker = () => {
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no extension service worker');
    return found;
  };
  const sendToActiveTab = async (message: unknown) => {
    await lastPage?.bringToFront();
    return worker().evaluate(async (sent) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return chrome.tabs.sendMessage(tab.id, sent, { frameId: 0 });
    }, message);
  };
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      lastPage = page;
      return {
        ...wrapChromiumPage(page),
        clickAt: ({ x, y }) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        evaluateInFrame: (urlPart, fn, arg) =>
          inFrame(
            page.frames() as never,
            urlPart,
            (frame: typeof page) => frame.evaluate(fn as never, arg) as never,
          ),
      };
    },
    sendToActiveTab,
    runCommand(command) {
      // What runMarkCommand (entrypoints/background/mark-commands.ts) sends the tab's top frame.
      const direction = command === 'next-mark' ? 'next' : 'previous';
      return sendToActiveTab({ type: 'reveal-mark', direction });
    },
    async setSettings(patch) {
      await worker().evaluate(async (changes) => {
        if (changes === null) return chrome.storage.sync.remove('settings');
        const { settings } = await chrome.storage.sync.get('settings');
        return chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...changes } });
      }, patch);
    },
    close: () => browser.close(),
  };
}

export async function launchFirefoxEngine(): Promise<EngineBrowser> {
  const browser = await launchFirefox({
    extensionDir: requireBuild({ dir: firefoxTestModeBuildDir, command: 'npm run build:e2e' }),
  });
  let lastPage: { page: PuppeteerPage; url: string } | null = null;
  // An extension page of ours (opened by the test-mode background, since BiDi cannot navigate
  // to moz-extension://): from there `browser.*` reaches the tabs, storage and the background.
  let controlPage: TestPage | undefined;
  const control = async () => {
    controlPage ??= await browser.openOptions();
    return controlPage;
  };
  /** The test-mode background's hooks (utils/test-mode.ts), called from the control page. */
  const hook = async (name: string, args: unknown): Promise<unknown> =>
    (await control()).evaluate(
      async ({ name, args }) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as Record<
          string,
          Record<string, (args: unknown) => Promise<unknown>> | undefined
        >;
        const hooks = background.treatyLensTestHooks;
        if (!hooks) throw new Error('no test hooks: is this the test-mode build?');
        return hooks[name]?.(args);
      },
      { name, args },
    );
  /** The tab of the most recently opened page, brought to the front (commands act on it). */
  const lastTabId = async (): Promise<number> => {
    if (!lastPage) throw new Error('no page opened yet');
    await lastPage.page.bringToFront();
    const tabId = await hook('tabIdOf', { url: lastPage.url });
    if (typeof tabId !== 'number') throw new Error(`no tab at ${lastPage.url}`);
    return tabId;
  };
  return {
    name: 'firefox',
    async openPage(url) {
      const page: PuppeteerPage = await browser.browser.newPage();
      await page.goto(url);
      lastPage = { page, url };
      return {
        ...wrapFirefoxPage(page),
        clickAt: ({ x, y }) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key as never),
        evaluateInFrame: (urlPart, fn, arg) =>
          inFrame(
            page.frames() as never,
            urlPart,
            (frame: typeof page) => frame.evaluate(fn as never, arg) as never,
          ),
      };
    },
    async sendToActiveTab(message) {
      const tabId = await lastTabId();
      return (await control()).evaluate(
        ({ tabId, message }) =>
          (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(
            tabId,
            message,
            { frameId: 0 },
          ),
        { tabId, message },
      );
    },
    async runCommand(command) {
      return hook('runCommand', { command, tabId: await lastTabId() });
    },
    async setSettings(patch) {
      await (await control()).evaluate(async (changes) => {
        const { storage } = (globalThis as unknown as { browser: typeof chrome }).browser;
        if (changes === null) return storage.sync.remove('settings');
        const { settings } = await storage.sync.get('settings');
        return storage.sync.set({ settings: { ...(settings ?? {}), ...changes } });
      }, patch);
    },
    close: () => browser.close(),
  };
}

/** Polls `check` (run in node) until it returns true; `what` names the wait in the error. */
export async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + waitTimeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw timeoutMessage(what, lastError ?? 'condition never held');
}
