import { browser } from 'wxt/browser';
import type { Message, PageSummary } from '../../utils/messages';

/** The tab the popup reports on. */
export interface TargetTab {
  id: number;
  url?: string;
  windowId?: number;
}

/**
 * The tab to report on: `?tabId=N` when a test opened the popup as a tab of its own, else the
 * active tab of the popup's window.
 */
export async function findTargetTab({
  search,
}: {
  search: string;
}): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => undefined);
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, windowId: tab.windowId };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, windowId: tab.windowId };
}

function isPageSummary(value: unknown): value is PageSummary {
  const summary = value as PageSummary | undefined;
  return (
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.url === 'string' &&
    typeof summary.scanning === 'boolean' &&
    typeof summary.paused === 'boolean' &&
    Array.isArray(summary.concepts) &&
    summary.concepts.every(
      (concept) =>
        typeof concept?.entryId === 'string' &&
        typeof concept.title === 'string' &&
        typeof concept.topic === 'string' &&
        typeof concept.count === 'number',
    )
  );
}

/** Sends one protocol message to the tab's content script. */
export function sendToTab({
  tabId,
  message,
}: {
  tabId: number;
  message: Message;
}): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Asks the tab's content script for its page summary. Undefined when nothing answers: no
 * content script on that page (not a site it runs on, or the tab was open before install).
 */
export async function requestPageSummary({
  tabId,
}: {
  tabId: number;
}): Promise<PageSummary | undefined> {
  try {
    const answer = await sendToTab({ tabId, message: { type: 'page-summary' } });
    return isPageSummary(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}
