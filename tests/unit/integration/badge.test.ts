import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  badgeTextFor,
  showConceptCountOnBadge,
  tabConceptCountsItem,
  updateTabBadge,
} from '../../../entrypoints/background/badge';
import { defaultSettings, settingsItem } from '../../../utils/settings';

const badgeOf = (tabId: number) => browser.action.getBadgeText({ tabId });
/** Waits (bounded) until the tab's badge reads `text`. */
const badgeBecomes = (tabId: number, text: string) =>
  vi.waitFor(async () => expect(await badgeOf(tabId)).toBe(text));
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const fromTab = (tabId: number, frameId = 0) =>
  ({ id: browser.runtime.id, tab: { id: tabId }, frameId }) as unknown as Sender;

describe('badge text', () => {
  it.each([
    [3, true, '3'],
    [0, true, ''],
    [undefined, true, ''],
    [3, false, ''],
    [250, true, '99+'],
  ])('count %s with the badge %s shows "%s"', (count, showBadge, text) => {
    expect(badgeTextFor({ count, showBadge })).toBe(text);
  });
});

describe('the concept count on the toolbar badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    showConceptCountOnBadge();
  });

  it('shows the count the tab reports, per tab, and keeps it in session storage', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'concepts-changed', count: 5 },
      fromTab(7),
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'concepts-changed', count: 2 },
      fromTab(8),
      () => {},
    );
    await badgeBecomes(7, '5');
    await badgeBecomes(8, '2');
    expect(await tabConceptCountsItem.getValue()).toEqual({ 7: 5, 8: 2 });
  });

  it('ignores frames, malformed counts and other senders', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'concepts-changed', count: 5 },
      fromTab(7, 2),
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'concepts-changed', count: 'many' },
      fromTab(7),
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'concepts-changed', count: 9 },
      { id: 'someone-else', tab: { id: 7 }, frameId: 0 } as unknown as Sender,
      () => {},
    );
    // A valid report after them: once it shows, the others have had their turn (writes queue).
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'concepts-changed', count: 1 },
      fromTab(8),
      () => {},
    );
    await badgeBecomes(8, '1');
    expect(await badgeOf(7)).toBe('');
    expect(await tabConceptCountsItem.getValue()).toEqual({ 8: 1 });
  });

  it('clears the badge when the tab starts loading another page', async () => {
    await updateTabBadge({ tabId: 7, count: 5 });
    expect(await badgeOf(7)).toBe('5');
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    await badgeBecomes(7, '');
    await vi.waitFor(async () => expect(await tabConceptCountsItem.getValue()).toEqual({}));
  });

  it('follows the showBadge setting, and restores counts from storage when switched back on', async () => {
    await updateTabBadge({ tabId: 7, count: 5 });
    expect(await badgeOf(7)).toBe('5');
    await settingsItem.setValue({ ...defaultSettings, showBadge: false });
    await badgeBecomes(7, '');
    await updateTabBadge({ tabId: 7, count: 6 });
    expect(await badgeOf(7)).toBe('');
    await settingsItem.setValue({ ...defaultSettings, showBadge: true });
    await badgeBecomes(7, '6');
  });
});
