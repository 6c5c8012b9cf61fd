/**
 * One small interface over a Playwright page (Chromium) and a Puppeteer page (Firefox), so the
 * same test reads the same in both browsers.
 */

export interface TestPage {
  /** The page's `location.href` (Puppeteer reports extension pages as about:blank). */
  href(): Promise<string>;
  evaluate<Result, Arg>(fn: (arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>>;
  /**
   * Polls `fn` in the page until it returns a value other than null, undefined or false and
   * resolves to that value. `what` names the wait in the timeout error.
   */
  waitFor<Result, Arg>(
    what: string,
    fn: (arg: Arg) => Result,
    arg: Arg,
  ): Promise<Exclude<Awaited<Result>, null | undefined | false>>;
  /** Moves the mouse to viewport coordinates (CSS pixels). */
  moveMouse(point: { x: number; y: number }): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** How long a single wait may last before the test fails; a bound, never an assertion. */
export const waitTimeoutMs = 15_000;

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** Opens a web page in a new tab and waits for its load event. */
  openPage(url: string): Promise<TestPage>;
  /** Opens the extension's popup as a tab, acting on the tab that shows `forPage`. */
  openPopup(forPage: TestPage): Promise<TestPage>;
  openOptions(): Promise<TestPage>;
  close(): Promise<void>;
}

export function timeoutMessage(what: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Timed out after ${waitTimeoutMs} ms waiting for ${what} (${reason})`);
}
