/**
 * Browser tests of the popup, entry view, side panel, options page and the card's accessibility,
 * run in Chromium (ui.chromium.e2e.ts) and Firefox (ui.firefox.e2e.ts). Chromium's run also
 * saves the README screenshots to assets/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './harness/fixture-server';
import { pointOfText, readCard, totalMarksOrNull } from './harness/page-world';
import { outputDir, projectRoot } from './harness/paths';
import type { UiBrowser, UiPage } from './ui.driver';
import {
  cardAnnouncementOrNull,
  clearStoredSettings,
  clickPinButton,
  isChecked,
  listedSites,
  noMarksLeft,
  popupStateIs,
  quotedArticleInView,
  readCardAccessibility,
  readEntryView,
  readFocus,
  readFoundGroups,
  storeRawSettings,
  textOf,
} from './ui.page-world';

const conceptItem = (entryId: string) =>
  `[data-testid="found-concept"][data-entry-id="${entryId}"]`;

export function describeUi({ launch }: { launch: () => Promise<UiBrowser> }): void {
  let browser: UiBrowser;
  let server: FixtureServer;
  let screenshotDir: string;
  /** Pages a test opened; closed after it, so each test starts with clean tabs. */
  const opened: UiPage[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
    // The README shows Chromium's pictures; Firefox's go with the other build output.
    screenshotDir =
      browser.name === 'chromium'
        ? path.join(projectRoot, 'assets/screenshots')
        : path.join(outputDir, 'screenshots', 'firefox-ui');
    await mkdir(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    // Settings live in storage.sync for the whole browser run: put them back to defaults.
    const options = await browser.openOptions();
    await options.evaluate(clearStoredSettings, undefined);
    for (const page of [...opened, options]) await page.close().catch(() => {});
    opened.length = 0;
  });

  const track = async (page: Promise<UiPage>) => {
    const open = await page;
    opened.push(open);
    return open;
  };
  const shot = (name: string) => path.join(screenshotDir, `${name}.png`);

  async function openArticleWithPopup(): Promise<{ article: UiPage; popup: UiPage }> {
    const article = await track(browser.openPage(server.urlOf('sample-article.html')));
    await article.waitFor('marks on the sample article', totalMarksOrNull, undefined);
    const popup = await track(browser.openPopup(article));
    await popup.waitFor('the popup to list found concepts', popupStateIs, 'found');
    return { article, popup };
  }

  /** Zero axe-core violations, and in Chromium in the dark theme as well. */
  async function expectAccessible(
    page: UiPage,
    options: { include?: string[][]; disableRules?: string[] } = {},
  ) {
    expect(await page.axe(options)).toEqual([]);
    if (page.emulateDarkScheme) {
      await page.emulateDarkScheme(true);
      expect(await page.axe(options), 'in the dark theme').toEqual([]);
      await page.emulateDarkScheme(false);
    }
  }

  /** Tabs through `presses` controls: each focused one must show its focus ring. */
  async function expectVisibleFocus(page: UiPage, presses: number) {
    const seen: string[] = [];
    for (let press = 0; press < presses; press++) {
      await page.press('Tab');
      const focus = await page.evaluate(readFocus, undefined);
      if (!focus) continue;
      seen.push(focus.description);
      expect(focus.outlineStyle, `focus ring on ${focus.description}`).not.toBe('none');
      expect(focus.outlineWidth, `focus ring on ${focus.description}`).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(seen).size, 'distinct controls reached by Tab').toBeGreaterThan(2);
  }

  describe('popup: on this page', () => {
    it('groups the found concepts by topic with counts and the op-ed stance, accessibly', async () => {
      const { popup } = await openArticleWithPopup();
      const groups = await popup.evaluate(readFoundGroups, undefined);
      expect(groups.length).toBeGreaterThan(1);
      const items = groups.flatMap((group) => group.items);
      expect(items.map((item) => item.entryId)).toEqual(
        expect.arrayContaining(['security-guarantees', 'nato-article-5', 'tripwire-force']),
      );
      for (const item of items) {
        expect(item.count).toMatch(/^×[1-9]\d*$/);
        expect(item.stance).toMatch(/^(opposes|supports|sceptical|describes|not-addressed)$/);
      }
      await expectAccessible(popup);
      await popup.screenshotOf('main', shot('popup-on-page'));
    });

    it('reveals a chosen concept on the page and opens its card', async () => {
      const { article, popup } = await openArticleWithPopup();
      await popup.click(`${conceptItem('nato-article-5')} [data-testid="reveal-concept"]`);
      const card = await article.waitFor('the revealed concept’s card', readCard, undefined);
      expect(card.entryId).toBe('nato-article-5');
    });

    it('says so when a page has no concepts', async () => {
      const page = await track(browser.openPage(server.urlOf('ui/no-concepts.html')));
      const popup = await track(browser.openPopup(page));
      await popup.waitFor('the nothing-found state', popupStateIs, 'nothing-found');
      await expectAccessible(popup);
    });

    it('explains pages it cannot run on: the PDF viewer and browser pages', async () => {
      // The address alone tells a PDF (the fixture server answers 404 as text; the popup never
      // asks the page itself), so this case runs the same in both browsers.
      const pdf = await track(browser.openPage(server.urlOf('ui/report.pdf')));
      const pdfPopup = await track(browser.openPopup(pdf));
      await pdfPopup.waitFor('the restricted state', popupStateIs, 'restricted');
      expect(await pdfPopup.evaluate(textOf, '[data-testid="page-state"]')).toContain('PDF viewer');
      await expectAccessible(pdfPopup);
      // A browser page's address reaches the popup through activeTab (a toolbar click) or, in
      // Firefox's test-mode build, the tabs permission; a popup opened as a Chromium tab has neither.
      if (browser.name === 'firefox') {
        const blank = await track(browser.openPage('about:blank'));
        const blankPopup = await track(browser.openPopup(blank));
        await blankPopup.waitFor('the restricted state', popupStateIs, 'restricted');
        expect(await blankPopup.evaluate(textOf, '[data-testid="page-state"]')).toContain(
          'own pages',
        );
      }
    });

    it('names the deny list when the reader turned the site off', async () => {
      const article = await track(browser.openPage(server.urlOf('sample-article.html')));
      const options = await track(browser.openOptions());
      await options.type('[data-testid="deny-sites-input"]', '127.0.0.1');
      await options.click('[data-testid="deny-sites-add"]');
      await options.waitFor('the denied site in the list', listedSites, 'deny-sites');
      await article.waitFor('marks to go on a denied site', noMarksLeft, undefined);
      const popup = await track(browser.openPopup(article));
      await popup.waitFor('the denied state', popupStateIs, 'not-running');
      expect(await popup.evaluate(textOf, '[data-testid="page-state"]')).toContain(
        'turned Treaty Lens off',
      );
    });

    it('pauses on this site: the popup, the page and the options page follow at once', async () => {
      const { article, popup } = await openArticleWithPopup();
      await popup.click('[data-testid="pause-site"]');
      await popup.waitFor('the paused state', popupStateIs, 'paused');
      await article.waitFor('marks to go on a paused site', noMarksLeft, undefined);
      const options = await track(browser.openOptions());
      expect(
        await options.waitFor('the paused site in options', listedSites, 'paused-sites'),
      ).toEqual(['127.0.0.1']);
      await popup.click('[data-testid="resume-site"]');
      await article.waitFor('marks to return after resuming', totalMarksOrNull, undefined);
      await popup.waitFor('the list again', popupStateIs, 'found');
    });
  });

  describe('popup: lookup and entry view', () => {
    it('looks up an entry with the keyboard alone: type, arrows, Enter, Esc', async () => {
      const { popup } = await openArticleWithPopup();
      await popup.focus('[data-testid="lookup-input"]');
      await popup.type('[data-testid="lookup-input"]', 'tripwre');
      // Results follow every keystroke: wait for the full word's best result, not a prefix's.
      await popup.waitFor(
        'tripwire-force as the best result for "tripwre"',
        (selector: string) =>
          document.querySelector(selector)?.getAttribute('data-entry-id') === 'tripwire-force',
        '[data-testid="lookup-result"]',
      );
      await popup.press('ArrowDown');
      await popup.press('ArrowUp');
      await popup.press('Enter');
      const entry = await popup.waitFor('the entry view', readEntryView, undefined);
      expect(entry.entryId).toBe('tripwire-force');
      await popup.press('Escape');
      await popup.waitFor('the list again', popupStateIs, 'found');
    });

    it('shows an entry in full: summary, op-ed position with link, views, treaty text, related', async () => {
      const { popup } = await openArticleWithPopup();
      await popup.click(`${conceptItem('nato-article-5')} [data-testid="open-concept-entry"]`);
      const entry = await popup.waitFor('the entry view', readEntryView, undefined);
      expect(entry.entryId).toBe('nato-article-5');
      expect(entry.opEd).toContain("The op-ed's position");
      expect(entry.opEd).toContain('paragraph 4');
      expect(entry.stance).toBe('describes');
      expect(entry.opEdLink).toBe('https://www.cato.org/blog/no-us-security-guarantees-ukraine');
      expect(entry.views).toBeGreaterThan(0);
      expect(entry.treatyText).toContain('Article 5');
      expect(entry.treatyText).toContain('an armed attack against one or more of them');
      expect(entry.treatyText).toMatch(/checked \d{4}-\d{2}-\d{2}/);
      expect(entry.relatedIds.length).toBeGreaterThan(0);
      await expectAccessible(popup);
      await popup.resize({ width: 400, height: 760 });
      await popup.screenshot(shot('entry-view'));
      // A related entry opens in place.
      await popup.click(
        `[data-testid="related-entries"] a[data-entry-id="${entry.relatedIds[0]}"]`,
      );
      const related = await popup.waitFor('the related entry', readEntryView, undefined);
      expect(related.entryId).toBe(entry.relatedIds[0]);
    });

    it('shows visible focus on every control reached by Tab', async () => {
      const { popup } = await openArticleWithPopup();
      await expectVisibleFocus(popup, 8);
    });
  });

  describe('side panel', () => {
    it('reads the whole treaty with the quoted article in view and marked', async () => {
      const { popup } = await openArticleWithPopup();
      await popup.click(`${conceptItem('nato-article-5')} [data-testid="open-concept-entry"]`);
      await popup.waitFor('the entry view', readEntryView, undefined);
      await popup.click('[data-testid="treaty-text"] a[href^="#document/north-atlantic-treaty/5"]');
      const panel = await track(browser.openSidePanel());
      // A side panel's width, so "in view" means what a reader of the panel sees; the reload
      // opens the panel afresh at that size, from the target the popup stored.
      await panel.resize({ width: 400, height: 760 });
      await panel.evaluate(() => location.reload(), undefined);
      const quoted = await panel.waitFor(
        'the quoted article in view',
        quotedArticleInView,
        undefined,
      );
      expect(quoted.articleId).toBe('5');
      expect(quoted.marked).toContain('an armed attack against one or more of them');
      await expectAccessible(panel);
      await panel.screenshot(shot('side-panel'));
    });
  });

  describe('options', () => {
    it('switches topics and entries, validates site names, and is accessible', async () => {
      const options = await track(browser.openOptions());
      const nato = 'input[data-topic-id="nato"]';
      expect(await options.waitFor('the topic checkbox', isChecked, nato)).toBe(true);
      await options.screenshotOf('main', shot('options'));
      await options.type('[data-testid="allow-sites-input"]', 'example.com/news');
      await options.click('[data-testid="allow-sites-add"]');
      expect(
        await options.waitFor('the site error', textOf, '[data-testid="allow-sites-error"]'),
      ).toContain('without a page path');
      await expectAccessible(options);
      await options.evaluate((selector: string) => {
        const input = document.querySelector(selector) as HTMLInputElement;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, '[data-testid="allow-sites-input"]');
      await options.type('[data-testid="allow-sites-input"]', 'https://www.Example.org/a');
      await options.click('[data-testid="allow-sites-add"]');
      expect(await options.waitFor('the allowed site', listedSites, 'allow-sites')).toEqual([
        'example.org',
      ]);
      await options.click(nato);
      await options.waitFor('the topic off', isCheckedFalse, nato);
    });

    it('names a corrupt stored setting in a notice and keeps every other setting', async () => {
      const first = await track(browser.openOptions());
      await first.evaluate(storeRawSettings, {
        siteMode: 'everywhere',
        denySites: ['bad.example'],
        disabledTopics: ['nato'],
      });
      const options = await track(browser.openOptions());
      const notice = await options.waitFor(
        'the repair notice',
        textOf,
        '[data-testid="settings-notice"]',
      );
      expect(notice).toContain('where it runs');
      expect(await options.evaluate(isChecked, 'input[data-topic-id="nato"]')).toBe(false);
      expect(await options.evaluate(listedSites, 'deny-sites')).toEqual(['bad.example']);
      await expectAccessible(options);
      await options.click('[data-testid="settings-notice"] button');
      await options.waitFor(
        'the notice to go once acknowledged',
        (selector: string) => document.querySelector(selector) === null,
        '[data-testid="settings-notice"]',
      );
    });

    it('shows visible focus on every control reached by Tab', async () => {
      const options = await track(browser.openOptions());
      await options.waitFor('the options page', isChecked, 'input[data-topic-id="nato"]');
      await expectVisibleFocus(options, 12);
    });
  });

  describe('hover card', () => {
    it('has no accessibility violations', async () => {
      const article = await track(browser.openPage(server.urlOf('sample-article.html')));
      await article.waitFor('marks on the sample article', totalMarksOrNull, undefined);
      const point = await article.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
      await article.moveMouse(point);
      await article.waitFor('the hover card', readCard, undefined);
      // Only the card is ours to check; "region" asks a whole page to sit in landmarks, which a
      // floating card on someone else's page cannot.
      expect(
        await article.axe({
          include: [
            ['treaty-lens-card', '[data-testid="entry-card"]'],
            ['treaty-lens-card', '[data-testid="card-announcer"]'],
          ],
          disableRules: ['region'],
        }),
      ).toEqual([]);
    });

    it('is read out by screen readers: a polite live region on hover, a focused dialog once pinned', async () => {
      const article = await track(browser.openPage(server.urlOf('sample-article.html')));
      await article.waitFor('marks on the sample article', totalMarksOrNull, undefined);
      const point = await article.evaluate(pointOfText, { selector: '#p2', text: 'Article 5' });
      await article.moveMouse(point);
      const card = await article.waitFor('the hover card', readCard, undefined);
      const announcement = await article.waitFor(
        'the live region to speak',
        cardAnnouncementOrNull,
        undefined,
      );
      expect(announcement).toMatch(/^Treaty Lens: /);
      expect(announcement).toContain(card.title);
      const hovered = await article.evaluate(readCardAccessibility, undefined);
      expect(hovered).toMatchObject({
        role: 'dialog',
        label: card.title,
        modal: 'false',
        pinned: false,
        // The pointer opened it: focus stays where the reader was.
        focused: false,
        live: { role: 'status', politeness: 'polite', atomic: 'true', exposed: true },
      });

      // Pinned, the card takes focus and is announced as the dialog; the region falls silent.
      expect(await article.evaluate(clickPinButton, undefined)).toBe(true);
      const pinned = await article.waitFor(
        'the pinned card to take focus',
        () => {
          const host = document.querySelector('treaty-lens-card');
          const dialog = host?.shadowRoot?.querySelector('[role="dialog"][data-pinned="true"]');
          return (
            dialog && document.activeElement === host && host?.shadowRoot?.activeElement === dialog
          );
        },
        undefined,
      );
      expect(pinned).toBe(true);
      expect(await article.evaluate(readCardAccessibility, undefined)).toMatchObject({
        role: 'dialog',
        label: card.title,
        pinned: true,
        focused: true,
        live: { text: '' },
      });
    });
  });
}

/** For waitFor: true once the checkbox is unchecked (waitFor ignores a plain false). */
function isCheckedFalse(selector: string): boolean {
  return (document.querySelector(selector) as HTMLInputElement | null)?.checked === false;
}
