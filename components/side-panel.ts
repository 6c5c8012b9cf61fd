import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** What the side panel shows: an entry, and optionally one treaty document scrolled to an article. */
export interface SidePanelTarget {
  entryId?: string;
  documentId?: string;
  articleId?: string;
  /** Search text for the lookup box (the context menu's "Look up" with no single best match). */
  query?: string;
}

/**
 * The side panel's current target. A storage item rather than a URL: the panel may already be
 * open, and it follows the item as the reader picks other entries in the popup.
 */
export const sidePanelTargetItem = storage.defineItem<SidePanelTarget | null>(
  'local:sidePanelTarget',
  { fallback: null },
);

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome `sidePanel`, Firefox `sidebarAction`) on `target`. Both browsers
 * only open it during a user action, so the open call comes first, before any await, and the
 * panel picks the target up from storage when it loads or while it is open.
 * Returns false when this browser has no side panel (then the caller shows the entry itself).
 */
export function openSidePanel({
  target,
  windowId,
  onRefused,
}: {
  target: SidePanelTarget;
  windowId?: number;
  /** Called when the browser refuses to open the panel (no user gesture reached it). */
  onRefused?: () => void;
}): boolean {
  const api = browser as unknown as {
    sidePanel?: ChromeSidePanel;
    sidebarAction?: FirefoxSidebarAction;
  };
  let opening: Promise<void> | undefined;
  if (api.sidePanel && windowId !== undefined) opening = api.sidePanel.open({ windowId });
  else if (api.sidebarAction) opening = api.sidebarAction.open();
  void sidePanelTargetItem.setValue(target);
  // A refused open (no user action, as in automated tests) still leaves the target stored.
  opening?.catch(() => onRefused?.());
  return opening !== undefined;
}
