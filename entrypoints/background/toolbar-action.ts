import { browser } from 'wxt/browser';

/** The badge part of the toolbar button's API, the same in MV3 `action` and MV2 `browserAction`. */
export interface ToolbarAction {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  getBadgeText(details: { tabId?: number }): Promise<string>;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
  setBadgeTextColor?(details: { color: string; tabId?: number }): Promise<void>;
}

/**
 * The toolbar button: `action` in Chrome's MV3 build, `browserAction` in Firefox's MV2 build
 * (WXT keeps the manifest key per build; the code has to follow).
 */
export function toolbarAction(): ToolbarAction {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('No toolbar action API in this browser');
  return action;
}
