import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { receivedMessage } from '../../utils/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { toolbarAction } from './toolbar-action';

/**
 * Concepts found per tab (tab id to count). In `storage.session`, not a variable: the MV3
 * service worker may stop between two messages, and the counts are needed again when the
 * reader switches the badge back on. Cleared by the browser when it quits.
 */
export const tabConceptCountsItem = storage.defineItem<Record<string, number>>(
  'session:tabConceptCounts',
  {
    fallback: {},
  },
);

/** The badge shows the count, or nothing: no "0" on pages without concepts, nothing when off. */
export function badgeTextFor({
  count,
  showBadge,
}: {
  count: number | undefined;
  showBadge: boolean;
}): string {
  if (!showBadge || count === undefined || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Storage writes one after another, so two quick reports never overwrite each other's tab. */
let pendingWrite: Promise<unknown> = Promise.resolve();
function changeCounts(
  change: (counts: Record<string, number>) => void,
): Promise<Record<string, number>> {
  const write = pendingWrite.then(async () => {
    const counts = { ...(await tabConceptCountsItem.getValue()) };
    change(counts);
    await tabConceptCountsItem.setValue(counts);
    return counts;
  });
  pendingWrite = write.catch(() => {});
  return write;
}

async function showCount({
  tabId,
  count,
}: {
  tabId: number;
  count: number | undefined;
}): Promise<void> {
  const { settings } = await loadSettings();
  // A tab closed meanwhile rejects the call; there is nothing left to label.
  await toolbarAction()
    .setBadgeText({ tabId, text: badgeTextFor({ count, showBadge: settings.showBadge }) })
    .catch(() => {});
}

/** Records a tab's count and labels its badge; what the `concepts-changed` message does. */
export async function updateTabBadge({
  tabId,
  count,
}: {
  tabId: number;
  count: number;
}): Promise<void> {
  await changeCounts((counts) => {
    counts[tabId] = count;
  });
  await showCount({ tabId, count });
}

/** Forgets a tab's count and blanks its badge (the tab navigated away or closed). */
export async function clearTabBadge({ tabId }: { tabId: number }): Promise<void> {
  await changeCounts((counts) => {
    delete counts[tabId];
  });
  await toolbarAction()
    .setBadgeText({ tabId, text: '' })
    .catch(() => {});
}

/** Relabels every known tab, after the reader switched the badge on or off. */
async function relabelAllTabs(): Promise<void> {
  const counts = await tabConceptCountsItem.getValue();
  await Promise.all(
    Object.entries(counts).map(([tabId, count]) => showCount({ tabId: Number(tabId), count })),
  );
}

async function styleBadge(): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#1f4e8c' });
  await action.setBadgeTextColor?.({ color: '#ffffff' });
}

/**
 * The toolbar badge: how many concepts the content script found on each tab. It follows the
 * page as it changes (the content script reports every change), is blanked when the tab starts
 * loading another page, and honours the "Show the count on the toolbar button" setting.
 */
export function showConceptCountOnBadge(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = receivedMessage({ message: raw, sender, extensionId: browser.runtime.id });
    // Only a tab's top frame speaks for the tab (frames mark their own text but are not counted).
    if (
      message?.type !== 'concepts-changed' ||
      sender.tab?.id === undefined ||
      sender.frameId !== 0
    ) {
      return undefined;
    }
    void updateTabBadge({ tabId: sender.tab.id, count: message.count });
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // 'loading' starts every navigation and reload (without the `tabs` permission it is all we
    // are told). The new page's content script reports its own count once it has scanned.
    if (changeInfo.status === 'loading') void clearTabBadge({ tabId });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void changeCounts((counts) => {
      delete counts[tabId];
    });
  });
  let showBadge: boolean | undefined;
  watchSettings({
    onChange: ({ settings }) => {
      if (settings.showBadge === showBadge) return;
      showBadge = settings.showBadge;
      void relabelAllTabs();
    },
  });
  // The badge colour is browser state that may not outlive a browser restart.
  browser.runtime.onInstalled.addListener(() => void styleBadge().catch(() => {}));
  browser.runtime.onStartup.addListener(() => void styleBadge().catch(() => {}));
}
