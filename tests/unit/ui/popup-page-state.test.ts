import { describe, expect, it } from 'vitest';
import { pageState } from '../../../entrypoints/popup/page-state';
import type { PageSummary } from '../../../utils/messages';
import { defaultSettings, type Settings } from '../../../utils/settings';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...defaultSettings, ...change });
const summary = (change: Partial<PageSummary> = {}): PageSummary => ({
  url: 'https://www.bbc.co.uk/news/1',
  scanning: false,
  paused: false,
  concepts: [{ entryId: 'article-5', title: 'Article 5', topic: 'nato', count: 2 }],
  ...change,
});
const newsUrl = 'https://www.bbc.co.uk/news/1';

describe('pageState: one state per case the popup explains', () => {
  it('is loading until the content script answers', () => {
    expect(pageState({ tabUrl: newsUrl, settings: settings(), unreachable: false })).toEqual({
      kind: 'loading',
    });
  });

  it.each([
    ['chrome://newtab/', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/firefox/addon/x/', 'web-store'],
    ['https://example.org/paper.pdf', 'pdf-viewer'],
  ])('explains that %s cannot be read (%s)', (tabUrl, reason) => {
    expect(pageState({ tabUrl, settings: settings(), unreachable: true })).toEqual({
      kind: 'restricted',
      reason,
    });
  });

  it('is paused when the settings pause the site, even before the page answers', () => {
    const paused = settings({ pausedSites: ['bbc.co.uk'] });
    expect(pageState({ tabUrl: newsUrl, settings: paused, unreachable: false })).toEqual({
      kind: 'paused',
      host: 'www.bbc.co.uk',
    });
  });

  it('is paused when the content script says so', () => {
    expect(
      pageState({
        tabUrl: newsUrl,
        settings: settings(),
        summary: summary({ paused: true }),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'paused' });
  });

  it('names the deny list and the "only listed sites" mode as reasons', () => {
    expect(
      pageState({
        tabUrl: newsUrl,
        settings: settings({ denySites: ['bbc.co.uk'] }),
        summary: summary(),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'not-running', reason: 'denied' });
    expect(
      pageState({
        tabUrl: newsUrl,
        settings: settings({ siteMode: 'list' }),
        summary: summary(),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'not-running', reason: 'not-listed' });
  });

  it('explains a site off the news list at once, without waiting for the content script', () => {
    expect(
      pageState({ tabUrl: 'https://example.org/a', settings: settings(), unreachable: false }),
    ).toEqual({ kind: 'not-running', reason: 'not-news', host: 'example.org' });
    // A scanned page's answer still wins.
    expect(
      pageState({
        tabUrl: 'https://example.org/a',
        settings: settings(),
        summary: summary(),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'found' });
  });

  it('explains silence on a site off the news list, and otherwise suggests a reload', () => {
    expect(
      pageState({ tabUrl: 'https://example.org/a', settings: settings(), unreachable: true }),
    ).toEqual({ kind: 'not-running', reason: 'not-news', host: 'example.org' });
    expect(pageState({ tabUrl: newsUrl, settings: settings(), unreachable: true })).toMatchObject({
      kind: 'not-running',
      reason: 'unreachable',
    });
    expect(pageState({ settings: settings(), unreachable: true })).toMatchObject({
      reason: 'unreachable',
    });
  });

  it('trusts an answering content script even off the news list (local pages, all-sites mode)', () => {
    expect(
      pageState({
        tabUrl: 'http://127.0.0.1:8080/a',
        settings: settings(),
        summary: summary(),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'found' });
  });

  it('is scanning, with what was found so far, while the first scan runs', () => {
    expect(
      pageState({
        tabUrl: newsUrl,
        settings: settings(),
        summary: summary({ scanning: true }),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'scanning', concepts: [{ entryId: 'article-5' }] });
  });

  it('is nothing-found or found once the scan is done', () => {
    expect(
      pageState({
        tabUrl: newsUrl,
        settings: settings(),
        summary: summary({ concepts: [] }),
        unreachable: false,
      }),
    ).toMatchObject({ kind: 'nothing-found' });
    expect(
      pageState({ settings: settings(), summary: summary(), unreachable: false }),
    ).toMatchObject({
      kind: 'found',
      host: 'www.bbc.co.uk',
    });
  });
});
