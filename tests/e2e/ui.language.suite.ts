/**
 * The extension's pages in the browser's own interface language (issue 14): a browser started in
 * German shows the popup and the options page in German, with no setting changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import { totalMarksOrNull } from './harness/page-world';
import { projectRoot } from './harness/paths';
import type { UiBrowser } from './ui.driver';
import { overflowingIn, renderedPageLanguage, textOf } from './ui.page-world';

const german: Record<string, { message: string }> = JSON.parse(
  readFileSync(path.join(projectRoot, 'public/_locales/de/messages.json'), 'utf8'),
);

export function describeUiLanguage({ launch }: { launch: () => Promise<UiBrowser> }): void {
  let browser: UiBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("speaks the browser's language in the popup and the options page", async () => {
    const article = await browser.openPage(server.urlOf('sample-article.html'));
    await article.waitFor('marks on the sample article', totalMarksOrNull, undefined);
    const popup = await browser.openPopup(article);
    expect(await popup.waitFor('the popup', renderedPageLanguage, undefined)).toBe('de');
    expect(await popup.evaluate(textOf, '#tl-lookup-heading')).toBe(german.lookupHeading?.message);
    // At the toolbar popup's width (its body is 380 px; the window leaves room for a scrollbar),
    // German titles and stance labels wrap inside it.
    await popup.resize({ width: 400, height: 640 });
    await popup.waitFor(
      'the found concepts',
      (selector: string) => document.querySelector(selector) !== null,
      '[data-testid="found-concept"]',
    );
    expect(await popup.evaluate(overflowingIn, { root: 'body' })).toEqual([]);
    const options = await browser.openOptions();
    expect(await options.waitFor('the options page', renderedPageLanguage, undefined)).toBe('de');
    expect(await options.evaluate(textOf, 'h1')).toBe(german.optionsTitle?.message);
    expect(await options.evaluate(textOf, '#tl-language-heading')).toBe(
      german.languageLegend?.message,
    );
    expect(await options.axe()).toEqual([]);
  });
}
