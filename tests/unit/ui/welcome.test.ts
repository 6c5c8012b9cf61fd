import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../entrypoints/background/welcome';

describe('the welcome page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens on install, and not on an update or a browser update', async () => {
    openWelcomeOnInstall();
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabsBefore);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls.filter((url) => url?.endsWith('/welcome.html'))).toHaveLength(1);
  });
});
