import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../utils/settings';
import {
  isNewsSite,
  isSiteActive,
  parseHostInput,
  restrictedPage,
  siteStatus,
  withSitePaused,
} from '../../../utils/site-rules';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...defaultSettings, ...change });

describe('parseHostInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.example.com/news/article?id=1', 'example.com'],
    ['*.example.co.uk', 'example.co.uk'],
    ['news.example.com.', 'news.example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
  ])('reads %j as %j', (text, host) => {
    expect(parseHostInput({ text })).toEqual({ host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['example.com/news', 'has-path'],
    ['example', 'no-dot'],
    ['exa mple.com', 'bad-characters'],
    ['example.com:8080', 'bad-characters'],
    ['ftp://example.com', 'bad-characters'],
    ['-bad.example.com', 'bad-characters'],
    ['<script>.com', 'bad-characters'],
    [`${'abcdefghij'.repeat(6)}.`.repeat(5).concat('com'), 'too-long'],
  ])('rejects %j as %s', (text, problem) => {
    expect(parseHostInput({ text })).toEqual({ problem });
  });
});

describe('siteStatus and isSiteActive', () => {
  it('lets the content script mark wherever it is injected by default', () => {
    expect(isSiteActive({ settings: settings(), host: 'www.bbc.co.uk' })).toBe(true);
    expect(isSiteActive({ settings: settings({ siteMode: 'all' }), host: 'example.org' })).toBe(
      true,
    );
  });

  it('runs only on listed sites and their subdomains in list mode', () => {
    const listed = settings({ siteMode: 'list', allowSites: ['example.org'] });
    expect(isSiteActive({ settings: listed, host: 'blog.example.org' })).toBe(true);
    expect(siteStatus({ settings: listed, host: 'bbc.co.uk' })).toBe('not-listed');
    // A look-alike host is not a subdomain.
    expect(siteStatus({ settings: listed, host: 'evilexample.org' })).toBe('not-listed');
  });

  it('lets deny win over allow and pause, and pause win over allow', () => {
    const both = settings({
      allowSites: ['example.org'],
      denySites: ['example.org'],
      pausedSites: ['example.org'],
    });
    expect(siteStatus({ settings: both, host: 'example.org' })).toBe('denied');
    const paused = settings({ allowSites: ['example.org'], pausedSites: ['example.org'] });
    expect(siteStatus({ settings: paused, host: 'www.example.org' })).toBe('paused');
    expect(isSiteActive({ settings: paused, host: 'www.example.org' })).toBe(false);
  });

  it('knows the news sites and their subdomains, and nothing that only looks like one', () => {
    expect(isNewsSite({ host: 'www.bbc.co.uk' })).toBe(true);
    expect(isNewsSite({ host: 'evilbbc.co.uk' })).toBe(false);
    expect(isNewsSite({ host: 'example.org' })).toBe(false);
  });
});

describe('withSitePaused', () => {
  it('pauses the site without www and resumes it, including a parent-domain pause', () => {
    const paused = withSitePaused({ settings: settings(), host: 'www.bbc.co.uk', paused: true });
    expect(paused.pausedSites).toEqual(['bbc.co.uk']);
    const again = withSitePaused({ settings: settings(paused), host: 'bbc.co.uk', paused: true });
    expect(again.pausedSites).toEqual(['bbc.co.uk']);
    const resumed = withSitePaused({
      settings: settings(paused),
      host: 'news.bbc.co.uk',
      paused: false,
    });
    expect(resumed.pausedSites).toEqual([]);
  });
});

describe('restrictedPage', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.com/report.PDF', 'pdf-viewer'],
    ['https://www.bbc.co.uk/news', undefined],
    ['https://chrome.google.com/other', undefined],
  ])('%s is %s', (url, expected) => {
    expect(restrictedPage({ url })).toBe(expected);
  });
});
