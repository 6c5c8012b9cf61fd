import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { openSidePanel, type SidePanelTarget } from '../../components/side-panel';
import type { SelectionLookup } from './look-up-selection';

/** The menu item's id (one item; stable so an update replaces it). */
export const lookUpMenuId = 'treaty-lens-look-up';

interface MenusApi {
  create(properties: { id: string; title: string; contexts: string[] }): unknown;
  removeAll(): Promise<void>;
  onClicked: {
    addListener(
      listener: (
        info: { menuItemId: string | number; selectionText?: string },
        tab?: MenuTab,
      ) => void,
    ): void;
  };
}

/** The tab a click came from (only what the handler reads). */
export interface MenuTab {
  id?: number;
  windowId?: number;
}

/** Firefox's `menus` (the richer name it prefers) or Chrome's `contextMenus`. */
function menusApi(): MenusApi | undefined {
  const api = browser as unknown as { menus?: MenusApi; contextMenus?: MenusApi };
  return api.menus ?? api.contextMenus;
}

/**
 * Opens the lookup's answer in the side panel. Called straight from the click, with no await
 * before it: Chrome's `sidePanel.open` and Firefox's `sidebarAction.open` only work inside the
 * user gesture (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#user-interaction).
 * Where there is no side panel, the panel's page opens in a tab instead.
 */
export function lookUpSelection({
  lookup,
  selectionText,
  tab,
}: {
  lookup: SelectionLookup;
  selectionText: string;
  tab?: MenuTab;
}): SidePanelTarget {
  const target = lookup.targetFor({ selectionText });
  const opened = openSidePanel({ target, windowId: tab?.windowId });
  if (!opened) void openPanelInTab({ target });
  return target;
}

/** The side panel's page in a tab, where the browser has no side panel or refused to open it. */
export function openPanelInTab({ target }: { target: SidePanelTarget }): Promise<unknown> {
  const getURL = browser.runtime.getURL as (path: string) => string;
  const url = new URL(getURL('/sidepanel.html'));
  if (target.entryId) url.searchParams.set('entry', target.entryId);
  if (target.documentId) url.searchParams.set('document', target.documentId);
  if (target.articleId) url.searchParams.set('article', target.articleId);
  if (target.query) url.searchParams.set('query', target.query);
  return browser.tabs.create({ url: url.href });
}

async function createLookUpItem(): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  // Chrome keeps items across restarts, Firefox does not: start from none so ids never clash.
  await menus.removeAll();
  const title = t('contextMenuLookUp');
  menus.create({ id: lookUpMenuId, title, contexts: ['selection'] });
}

/**
 * "Look up “…” in Treaty Lens" on selected text. The item is created when the extension is
 * installed or updated and when the browser starts; the click listener is registered on every
 * start of the background, so a click wakes a stopped service worker and finds it.
 */
export function addLookUpMenu({ lookup }: { lookup: SelectionLookup }): void {
  const menus = menusApi();
  if (!menus) return; // Firefox for Android has no context menus.
  browser.runtime.onInstalled.addListener(() => void createLookUpItem());
  browser.runtime.onStartup.addListener(() => void createLookUpItem());
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== lookUpMenuId || !info.selectionText) return;
    lookUpSelection({ lookup, selectionText: info.selectionText, tab });
  });
}
