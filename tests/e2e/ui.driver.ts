/**
 * A little more than the harness's TestPage for the UI tests: key presses, axe-core checks,
 * screenshots of one element, and the side panel page, over Playwright (Chromium) and
 * Puppeteer (Firefox). Pages are opened through the harness and then found again by address.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumWithExtension, launchChromium } from './harness/chromium';
import { type FirefoxWithExtension, launchFirefox } from './harness/firefox';
import { startFixtureServer, testModeRequestPath } from './harness/fixture-server';
import { chromeBuildDir, firefoxTestModeBuildDir, requireBuild } from './harness/paths';
import { type TestPage, waitTimeoutMs } from './harness/test-page';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface UiPage extends TestPage {
  /** Presses a key (Playwright/Puppeteer key names: 'ArrowDown', 'Enter', 'Escape', 'Tab'). */
  press(key: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Holds a key down (or lets it go), for "hold a key" cards: 'Shift', 'Alt', 'Control'. */
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  /** A real mouse click at viewport coordinates (CSS pixels). */
  clickAt(point: { x: number; y: number }, options?: { clickCount?: number }): Promise<void>;
  /** Runs axe-core on the page, or within `include` (arrays pierce open shadow roots). */
  axe(options?: { include?: string[][]; disableRules?: string[] }): Promise<AxeViolation[]>;
  /** A screenshot of the first element matching `selector`. */
  screenshotOf(selector: string, file: string): Promise<void>;
  /** Sets the viewport, e.g. to a side panel's or popup's width for a screenshot. */
  resize(size: { width: number; height: number }): Promise<void>;
  /** Chromium only: follow a dark system theme (Firefox over BiDi cannot emulate it). */
  emulateDarkScheme?(dark: boolean): Promise<void>;
}

export interface UiBrowser {
  name: 'chromium' | 'firefox';
  openPage(url: string): Promise<UiPage>;
  openPopup(forPage: UiPage): Promise<UiPage>;
  openOptions(): Promise<UiPage>;
  openSidePanel(): Promise<UiPage>;
  /** The welcome page, as the install opens it. */
  openWelcome(): Promise<UiPage>;
  close(): Promise<void>;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Extension pages forbid eval, so axe goes in as the source of the evaluated function itself:
 * both drivers send a function's text to the browser's debugger protocol, which is not bound
 * by the page's CSP.
 */
async function axeInstaller(): Promise<() => void> {
  const source = await axeSource;
  const install = () => {};
  install.toString = () => `() => { if (!window.axe) { ${source}\n } }`;
  return install;
}

function runAxe(options: { include?: string[][]; disableRules?: string[] }) {
  const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of options.disableRules ?? []) rules[id] = { enabled: false };
  return axe
    .run(options.include ? { include: options.include } : document, {
      resultTypes: ['violations'],
      rules,
    })
    .then((results) =>
      (
        results as {
          violations: {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: unknown[] }[];
          }[];
        }
      ).violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      })),
    );
}

function extendPlaywright(page: PlaywrightPage, base: TestPage): UiPage {
  return {
    ...base,
    press: (key) => page.keyboard.press(key),
    focus: (selector) => page.focus(selector, { timeout: waitTimeoutMs }),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    clickAt: ({ x, y }, options) => page.mouse.click(x, y, { clickCount: options?.clickCount }),
    async axe(options = {}) {
      await page.evaluate(await axeInstaller());
      return (await page.evaluate(runAxe, options)) as AxeViolation[];
    },
    async screenshotOf(selector, file) {
      await page.locator(selector).first().screenshot({ path: file });
    },
    resize: (size) => page.setViewportSize(size),
    emulateDarkScheme: (dark) => page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' }),
  };
}

function extendPuppeteer(page: PuppeteerPage, base: TestPage): UiPage {
  return {
    ...base,
    press: (key) => page.keyboard.press(key as never),
    focus: (selector) => page.focus(selector),
    keyDown: (key) => page.keyboard.down(key as never),
    keyUp: (key) => page.keyboard.up(key as never),
    clickAt: ({ x, y }, options) => page.mouse.click(x, y, { count: options?.clickCount }),
    resize: (size) => page.setViewport(size),
    async axe(options = {}) {
      await page.evaluate(await axeInstaller());
      return (await page.evaluate(runAxe as never, options)) as AxeViolation[];
    },
    async screenshotOf(selector, file) {
      const element = await page.waitForSelector(selector, { timeout: waitTimeoutMs });
      await element?.screenshot({ path: file as `${string}.png` });
    },
  };
}

/** Finds the raw page behind a TestPage by its address (newest first). */
async function rawPageOf<Page>({
  pages,
  base,
  hrefOf,
}: {
  pages: Page[];
  base: TestPage;
  hrefOf: (page: Page) => Promise<string>;
}): Promise<Page> {
  const href = await base.href();
  for (const page of [...pages].reverse()) {
    if ((await hrefOf(page).catch(() => '')) === href) return page;
  }
  throw new Error(`No browser page at ${href}`);
}

/**
 * A private copy of a build: several people and CI steps rebuild `.output/` while a suite runs,
 * and an extension whose files change under the browser fails in confusing ways.
 */
async function snapshotBuild({
  dir,
}: {
  dir: string;
}): Promise<{ dir: string; remove: () => Promise<void> }> {
  const copy = path.join(
    await mkdtemp(path.join(os.tmpdir(), 'treaty-lens-ui-')),
    path.basename(dir),
  );
  await cp(dir, copy, { recursive: true });
  return { dir: copy, remove: () => rm(path.dirname(copy), { recursive: true, force: true }) };
}

/** The harness keys its pages by the TestPage it handed out; ours wrap those. */
const harnessPages = new WeakMap<UiPage, TestPage>();
function remember({ page, base }: { page: UiPage; base: TestPage }): UiPage {
  harnessPages.set(page, base);
  return page;
}
function harnessPageOf(page: UiPage): TestPage {
  const base = harnessPages.get(page);
  if (!base) throw new Error('openPopup needs a page opened by this browser');
  return base;
}

/** The browser's own interface language, for the tests of pages that follow it. */
export interface UiLaunchOptions {
  uiLanguage?: string;
}

export interface UiFirefoxLaunchOptions extends UiLaunchOptions {
  /** The theme pages see; BiDi cannot emulate it per page, so it is the browser's setting. */
  colorScheme?: 'light' | 'dark';
}

export async function launchUiChromium({ uiLanguage }: UiLaunchOptions = {}): Promise<UiBrowser> {
  const build = await snapshotBuild({
    dir: requireBuild({ dir: chromeBuildDir, command: 'npm run build' }),
  });
  const browser: ChromiumWithExtension = await launchChromium({
    extensionDir: build.dir,
    // Needs Debian's chromium-l10n: without the locale's .pak, Chromium stays in en-US. On
    // Linux the interface language follows LANGUAGE; --lang is for the other platforms.
    extraArgs: uiLanguage ? [`--lang=${uiLanguage}`] : [],
    extraEnv: uiLanguage ? { LANGUAGE: uiLanguage } : {},
  });
  const extend = async (base: TestPage) =>
    remember({
      base,
      page: extendPlaywright(
        await rawPageOf({
          pages: browser.context.pages(),
          base,
          hrefOf: async (page) => page.url(),
        }),
        base,
      ),
    });
  return {
    name: 'chromium',
    openPage: async (url) => extend(await browser.openPage(url)),
    openPopup: async (forPage) => extend(await browser.openPopup(harnessPageOf(forPage))),
    openOptions: async () => extend(await browser.openOptions()),
    openSidePanel: async () =>
      extend(await browser.openPage(`chrome-extension://${browser.extensionId}/sidepanel.html`)),
    openWelcome: async () =>
      extend(await browser.openPage(`chrome-extension://${browser.extensionId}/welcome.html`)),
    async close() {
      try {
        await browser.close();
      } finally {
        await build.remove();
      }
    },
  };
}

export async function launchUiFirefox({
  uiLanguage,
  colorScheme,
}: UiFirefoxLaunchOptions = {}): Promise<UiBrowser> {
  const build = await snapshotBuild({
    dir: requireBuild({ dir: firefoxTestModeBuildDir, command: 'npm run build:e2e' }),
  });
  const browser: FirefoxWithExtension = await launchFirefox({
    extensionDir: build.dir,
    // Needs the language pack (Debian's firefox-esr-l10n-<language>) to take effect.
    prefs: {
      ...(uiLanguage ? { 'intl.locale.requested': uiLanguage } : {}),
      // 0 is dark, 1 light: what prefers-color-scheme answers in every page, extension pages too.
      ...(colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 }
        : {}),
    },
  });
  const requestServer = await startFixtureServer();
  const extend = async (base: TestPage) =>
    remember({
      base,
      page: extendPuppeteer(
        await rawPageOf({
          pages: await browser.browser.pages(),
          base,
          // Puppeteer reports extension pages as about:blank; the page itself knows better.
          hrefOf: (page) => page.evaluate(() => location.href),
        }),
        base,
      ),
    });
  /** The harness opens popup and options; other pages go through the same test-mode hook. */
  const openExtensionPage = async (name: string) => {
    const before = new Set(await browser.browser.pages());
    const request = await browser.browser.newPage();
    await request.goto(`${requestServer.origin}${testModeRequestPath}open?page=${name}`);
    const deadline = Date.now() + waitTimeoutMs;
    try {
      while (Date.now() < deadline) {
        for (const page of await browser.browser.pages()) {
          if (before.has(page) || page === request) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(`${browser.extensionOrigin}/${name}`)) {
            const { wrapPage } = await import('./harness/firefox');
            return extendPuppeteer(page, wrapPage(page));
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`The test-mode build did not open ${name}`);
    } finally {
      await request.close();
    }
  };
  return {
    name: 'firefox',
    openPage: async (url) => extend(await browser.openPage(url)),
    openPopup: async (forPage) => extend(await browser.openPopup(harnessPageOf(forPage))),
    openOptions: async () => extend(await browser.openOptions()),
    openSidePanel: () => openExtensionPage('sidepanel.html'),
    openWelcome: () => openExtensionPage('welcome.html'),
    async close() {
      try {
        await browser.close();
      } finally {
        await requestServer.close();
        await build.remove();
      }
    },
  };
}
