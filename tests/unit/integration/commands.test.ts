import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runSiteCommand, toggleMarksOnSite } from '../../../entrypoints/background/commands';
import { loadSettings } from '../../../utils/settings';

describe('the "toggle marks on this site" command', () => {
  beforeEach(() => fakeBrowser.reset());

  it('pauses the tab’s site, then resumes it', async () => {
    expect(await toggleMarksOnSite({ url: 'https://www.bbc.co.uk/news/world-1' })).toBe('paused');
    expect((await loadSettings()).settings.pausedSites).toEqual(['bbc.co.uk']);
    expect(await toggleMarksOnSite({ url: 'https://www.bbc.co.uk/news/world-2' })).toBe('active');
    expect((await loadSettings()).settings.pausedSites).toEqual([]);
  });

  it('does nothing on pages without a web address', async () => {
    expect(await toggleMarksOnSite({ url: 'chrome://extensions/' })).toBeUndefined();
    expect(await toggleMarksOnSite({ url: undefined })).toBeUndefined();
    expect((await loadSettings()).settings.pausedSites).toEqual([]);
  });

  it('answers only its own command', async () => {
    expect(
      await runSiteCommand({ command: 'next-mark', tab: { url: 'https://apnews.com/a' } }),
    ).toBe(false);
    expect(
      await runSiteCommand({ command: 'toggle-marks', tab: { url: 'https://apnews.com/a' } }),
    ).toBe(true);
    expect((await loadSettings()).settings.pausedSites).toEqual(['apnews.com']);
  });
});
