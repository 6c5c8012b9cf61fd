import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardUiGlobal } from './content/card-loader';
import { createCardView } from './content/card-view';

/**
 * The hover card's UI as its own bundle, loaded by the content script with `import()` the first
 * time the reader points at a mark (content/card-loader.ts). It runs in the content script's
 * isolated world and hands over its factory there; the page never sees it.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[cardUiGlobal] = createCardView;
});
