import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message } from '../../utils/messages';

/** Reports come at most this often while a page is being scanned (one message per batch). */
const batchMs = 200;

export interface ConceptCountReport {
  /** Something that may change the count happened; the report follows shortly, if it changed. */
  changed(): void;
}

/**
 * Tells the background how many concepts the page shows, for the toolbar badge. Only the top
 * frame reports (it speaks for the tab, as in the page summary); only changes are sent; a page
 * restored from the back-forward cache reports again because its tab's badge was cleared.
 * Nothing is sent once the extension was reloaded or updated (`ctx` is invalid then).
 */
export function reportConceptCount({
  ctx,
  count,
}: {
  ctx: ContentScriptContext;
  count: () => number;
}): ConceptCountReport {
  if (window !== window.top) return { changed() {} };
  let reported: number | undefined;
  let pending = false;
  const send = () => {
    pending = false;
    if (!ctx.isValid) return;
    const now = count();
    if (now === reported) return;
    reported = now;
    const message: Message = { type: 'concepts-changed', count: now };
    // A background that cannot take it (the extension is being reloaded) is no page error.
    void browser.runtime.sendMessage(message).catch(() => {
      reported = undefined;
    });
  };
  const changed = () => {
    if (pending || !ctx.isValid) return;
    pending = true;
    ctx.setTimeout(send, batchMs);
  };
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    reported = undefined;
    changed();
  });
  return { changed };
}
