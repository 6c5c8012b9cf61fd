import { browser } from 'wxt/browser';
import { runSiteCommand } from './commands';
import { lookUpMenuId, lookUpSelection } from './context-menu';
import type { SelectionLookup } from './look-up-selection';
import { runMarkCommand } from './mark-commands';
import { allSitesScriptId } from './script-registration';
import { toolbarAction } from './toolbar-action';

/**
 * What the browser tests call in the test-mode background (utils/test-mode.ts exposes it):
 * the very handlers a menu click or a key press runs, since a test driver can click neither
 * a context menu nor a browser shortcut.
 */
export function integrationTestHooks({ lookup }: { lookup: SelectionLookup }) {
  const tabOf = (tabId: number) => browser.tabs.get(tabId);
  // Made when the background starts: a new value means the worker was stopped and started again.
  const instanceId = crypto.randomUUID();
  return {
    /** Which start of the background answers (the service-worker restart test). */
    backgroundInstanceId: () => instanceId,
    /** The tab showing `url` (the test-mode build has the `tabs` permission). */
    async tabIdOf({ url }: { url: string }): Promise<number | undefined> {
      return (await browser.tabs.query({})).find((tab) => tab.url === url)?.id;
    },
    /** A click on "Look up “…” in Treaty Lens" with `selectionText` selected in the tab. */
    async lookUpSelection({ selectionText, tabId }: { selectionText: string; tabId: number }) {
      return lookUpSelection({ lookup, selectionText, tab: await tabOf(tabId) });
    },
    /** A keyboard command pressed while the tab is active. */
    async runCommand({ command, tabId }: { command: string; tabId: number }): Promise<boolean> {
      const tab = await tabOf(tabId);
      return (await runMarkCommand({ command, tabId })) || runSiteCommand({ command, tab });
    },
    badgeText: ({ tabId }: { tabId: number }) => toolbarAction().getBadgeText({ tabId }),
    /** Whether the context menu item exists (updating a missing item fails). */
    async lookUpMenuExists(): Promise<boolean> {
      const api = browser as unknown as {
        menus?: { update(id: string, changes: object): Promise<void> };
        contextMenus?: { update(id: string, changes: object): Promise<void> };
      };
      const menus = api.menus ?? api.contextMenus;
      return (menus?.update(lookUpMenuId, {}) ?? Promise.reject()).then(
        () => true,
        () => false,
      );
    },
    /**
     * Whether the "All sites" content script is registered now. Only reads: the tests poll it
     * to see the background's own reaction to a setting or a permission change.
     */
    async allSitesScriptRegistered(): Promise<boolean> {
      const scripting = (
        browser as unknown as {
          scripting: { getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]> };
        }
      ).scripting;
      return (await scripting.getRegisteredContentScripts({ ids: [allSitesScriptId] })).length > 0;
    },
  };
}

export type IntegrationTestHooks = ReturnType<typeof integrationTestHooks>;
