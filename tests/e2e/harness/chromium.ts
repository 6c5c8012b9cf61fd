/**
 * Real Chromium with the built extension, through playwright-core. Extension pages open as
 * ordinary tabs at chrome-extension://ID/…; the ID is the host of the service worker's URL.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { type ExtensionBrowser, type TestPage, timeoutMessage, waitTimeoutMs } from './test-page';

/** Chromium's extension API, in functions evaluated in the service worker (`worker.evaluate`). */
declare const chrome: typeof browser;

const chromiumCandidates = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

export function findChromium(): string {
  const found = chromiumCandidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'Chromium not found (looked for /usr/lib/chromium/chromium, /usr/bin/chromium). ' +
        'Install Debian chromium: apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
  return found;
}

/** Flags for a machine with no network: no update, sync, QUIC or first-run traffic. */
const closedNetworkArgs = [
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumWithExtension extends ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The Playwright page behind a TestPage, for what the shared interface leaves out. */
  playwrightPage(page: TestPage): Page;
}

export async function launchChromium({
  extensionDir,
  headless = true,
  extraArgs = [],
  extraEnv = {},
}: {
  extensionDir: string;
  headless?: boolean;
  /** More command-line switches, for what only some tests need. */
  extraArgs?: string[];
  /** More environment variables (on Linux the interface language comes from LANGUAGE). */
  extraEnv?: Record<string, string>;
}): Promise<ChromiumWithExtension> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'treaty-lens-chromium-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...closedNetworkArgs,
    ...extraArgs,
  ];
  // Chromium's sandbox cannot start as root (CI containers run as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: findChromium(),
      headless,
      args,
      env: { ...process.env, ...extraEnv },
      viewport: headless ? { width: 1280, height: 800 } : null,
    });
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    return wrapContext({ context, worker, extensionId, profileDir });
  } catch (error) {
    await context?.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', {
      predicate: isExtensionWorker,
      timeout: waitTimeoutMs,
    });
  } catch (error) {
    throw timeoutMessage('the extension service worker (is the background entry built?)', error);
  }
}

function wrapContext({
  context,
  worker,
  extensionId,
  profileDir,
}: {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
}): ChromiumWithExtension {
  const pageTabs = new WeakMap<TestPage, Page>();
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    const testPage = wrapPage(page);
    pageTabs.set(testPage, page);
    return testPage;
  };
  return {
    name: 'chromium',
    context,
    extensionId,
    openPage: open,
    async openPopup(forPage) {
      const page = pageTabs.get(forPage);
      if (!page) throw new Error('openPopup needs a page opened by this browser');
      const tabId = await tabIdOf({ page, worker });
      return open(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    },
    openOptions: () => open(`chrome-extension://${extensionId}/options.html`),
    playwrightPage(testPage) {
      const page = pageTabs.get(testPage);
      if (!page) throw new Error('Not a page of this browser');
      return page;
    },
    async close() {
      try {
        await context.close();
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The `tabs` API id of a Playwright page: the DevTools window id equals the extension API's
 * window id, and bringing the page to the front makes it that window's active tab.
 */
async function tabIdOf({ page, worker }: { page: Page; worker: Worker }): Promise<number> {
  await page.bringToFront();
  const session = await page.context().newCDPSession(page);
  const { windowId } = (await session.send('Browser.getWindowForTarget')) as { windowId: number };
  await session.detach();
  const tabId = await worker.evaluate(async (windowId) => {
    const [tab] = await chrome.tabs.query({ windowId, active: true });
    return tab?.id;
  }, windowId);
  if (tabId === undefined) throw new Error(`No active tab in window ${windowId}`);
  return tabId;
}

export function wrapPage(page: Page): TestPage {
  return {
    href: () => page.evaluate(() => location.href),
    // The casts: Playwright's overloads cannot follow the generic `Arg` through.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    async waitFor(what, fn, arg) {
      try {
        const handle = await page.waitForFunction(fn as (arg: unknown) => unknown, arg, {
          timeout: waitTimeoutMs,
        });
        return (await handle.jsonValue()) as never;
      } catch (error) {
        throw timeoutMessage(what, error);
      }
    },
    moveMouse: ({ x, y }) => page.mouse.move(x, y),
    click: (selector) => page.click(selector, { timeout: waitTimeoutMs }),
    type: (selector, text) => page.fill(selector, text, { timeout: waitTimeoutMs }),
    async screenshot(file) {
      await page.screenshot({ path: file });
    },
    close: () => page.close(),
  };
}
