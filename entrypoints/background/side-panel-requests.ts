import { browser } from 'wxt/browser';
import { openSidePanel } from '../../components/side-panel';
import { isMessage } from '../../utils/messages';
import { openPanelInTab } from './context-menu';

/**
 * Answers the hover card's "Open in side panel". The open call runs at once, inside the
 * message that the click sent: Chrome passes a content script's user gesture on to the
 * background (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#user-interaction).
 * Firefox does not, so when `sidebarAction.open` is refused the panel's page opens in a tab
 * beside the article instead; the target is stored either way and the panel reads it.
 */
export function answerSidePanelRequests(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: { id?: string; tab?: { windowId?: number; index?: number } }) => {
      if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
      if (message.type !== 'open-side-panel') return undefined;
      const { entryId, documentId, articleId } = message;
      const target = { entryId, documentId, articleId };
      const fallback = () => void openPanelInTab({ target });
      if (!openSidePanel({ target, windowId: sender.tab?.windowId, onRefused: fallback })) {
        fallback();
      }
      return undefined;
    },
  );
}
