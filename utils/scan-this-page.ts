/**
 * "Scan this page": runs the content script once on the current tab, for a page outside the
 * news sites when the reader has not given "All sites" access. The popup calls it from its
 * button; opening the popup from the toolbar granted `activeTab` for that tab, so no host
 * permission is needed (https://developer.chrome.com/docs/extensions/develop/concepts/activeTab).
 */
import { browser } from 'wxt/browser';

interface ScriptingApi {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/**
 * The manifest's content script files, the same bundle the news sites get, as the paths
 * `scripting` takes. Firefox's getManifest() reports them as full moz-extension:// URLs,
 * which `scripting` then refuses ("must be a relative URL").
 */
export function contentScriptFiles(): string[] {
  const [declared] = browser.runtime.getManifest().content_scripts ?? [];
  return (declared?.js ?? []).map((file) => new URL(file, 'http://x/').pathname.replace(/^\//, ''));
}

/** Injects the page engine into the tab's top frame; false when the browser refuses. */
export async function scanThisPage({ tabId }: { tabId: number }): Promise<boolean> {
  const { scripting } = browser as unknown as { scripting: ScriptingApi };
  try {
    await scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
    return true;
  } catch {
    // No activeTab grant (the popup was not opened from the toolbar), or a page no extension
    // may touch.
    return false;
  }
}

/** Whether "Scan this page" can help: a web page that the content script is not running on. */
export function canScanPage({ reason }: { reason: string }): boolean {
  return reason === 'not-news' || reason === 'unreachable';
}
