import { browser } from 'wxt/browser';

/** Whether an `onInstalled` reason is a first install (not an update or a browser update). */
export function isFirstInstall({ reason }: { reason: string }): boolean {
  return reason === 'install';
}

/**
 * Opens the welcome page once, when the extension is installed; updates open nothing (a
 * reader who has used it for months does not need the tour again).
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (!isFirstInstall({ reason })) return;
    const getURL = browser.runtime.getURL as (path: string) => string;
    void browser.tabs.create({ url: getURL('/welcome.html') });
  });
}
