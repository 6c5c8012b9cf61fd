import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isMessage } from '../../utils/messages';
import type { PageEngine } from './page-engine';

/**
 * Answers the popup and the background. Only the top frame answers, so a tab has one voice
 * (`tabs.sendMessage` reaches every frame and takes the first answer); frames mark and show
 * cards on their own but are not counted in the page summary.
 */
export function answerMessages({
  ctx,
  engine,
}: {
  ctx: ContentScriptContext;
  engine: PageEngine;
}): void {
  if (window !== window.top) return;
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    switch (message.type) {
      case 'page-summary':
        return Promise.resolve(engine.pageSummary());
      case 'reveal-concept':
        return Promise.resolve(engine.revealConcept({ entryId: message.entryId }));
      case 'reveal-mark':
        return Promise.resolve(
          message.direction === 'next' ? engine.revealNextMark() : engine.revealPreviousMark(),
        );
      case 'page-engine-stats':
        return Promise.resolve(engine.stats());
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
