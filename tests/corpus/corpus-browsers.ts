/**
 * The two browsers the corpus check and the bench compare: Chromium with the built extension,
 * and the same Chromium without it. Both serve the saved pages from a local server and block
 * every other request, so nothing reaches the network and runs are repeatable.
 */
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
import type { browser } from 'wxt/browser';
import type { PageEngineStats, PageSummary } from '../../utils/messages';
import { type ChromiumWithExtension, findChromium, launchChromium } from '../e2e/harness/chromium';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/fixture-server';
import { chromeBuildDir, requireBuild } from '../e2e/harness/paths';
import { installPageWatch } from './page-watch';

/** The extension's API inside the service worker (`worker.evaluate` runs there). */
declare const chrome: typeof browser;

export interface CorpusBrowsers {
  server: FixtureServer;
  withExtension: BrowserContext;
  withoutExtension: BrowserContext;
  worker: Worker;
  /** `chrome-extension://ID/`: what our extension's own code and files are served from. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/**
 * Every request but the fixture server's and the extension's own files (the content script
 * imports its matcher and card bundles from them) is blocked.
 */
async function blockNetwork({ context, origin }: { context: BrowserContext; origin: string }) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(`${origin}/`) || url.startsWith('chrome-extension://')
      ? route.continue()
      : route.abort('blockedbyclient');
  });
}

export async function launchCorpusBrowsers({
  pagesDir,
}: {
  pagesDir: string;
}): Promise<CorpusBrowsers> {
  const server = await startFixtureServer({ root: pagesDir });
  const extension: ChromiumWithExtension = await launchChromium({
    extensionDir: requireBuild({ dir: chromeBuildDir, command: 'npx wxt build' }),
  });
  const plain: Browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const withoutExtension = await plain.newContext({ viewport: { width: 1280, height: 800 } });
  for (const context of [extension.context, withoutExtension]) {
    await blockNetwork({ context, origin: server.origin });
    await context.addInitScript(installPageWatch);
  }
  const worker = extension.context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  return {
    server,
    withExtension: extension.context,
    withoutExtension,
    worker,
    extensionOrigin: `chrome-extension://${extension.extensionId}/`,
    async close() {
      await extension.close();
      await plain.close();
      await server.close();
    },
  };
}

/** Sends a message to the content script of the page in front, as the popup would. */
export async function askContentScript<Answer>({
  worker,
  page,
  message,
}: {
  worker: Worker;
  page: Page;
  message: { type: 'page-summary' } | { type: 'page-engine-stats' };
}): Promise<Answer | null> {
  // Without the `tabs` permission tab URLs are hidden: the page in front is the active tab.
  await page.bringToFront();
  return worker.evaluate(async (sent) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    return chrome.tabs.sendMessage(tab.id, sent, { frameId: 0 }).catch(() => null);
  }, message) as Promise<Answer | null>;
}

/** Waits (bounded) until the content script has finished its first scan and returns its stats. */
export async function settledStats({
  worker,
  page,
  timeoutMs = 15_000,
}: {
  worker: Worker;
  page: Page;
  timeoutMs?: number;
}): Promise<PageEngineStats | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stats = await askContentScript<PageEngineStats>({
      worker,
      page,
      message: { type: 'page-engine-stats' },
    });
    if (stats && stats.fullScans > 0 && !stats.scanning) return stats;
    await page.waitForTimeout(50);
  }
  return null;
}

export type { PageEngineStats, PageSummary };
