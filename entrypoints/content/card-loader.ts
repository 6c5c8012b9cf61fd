import type { CardView, CardViewOptions, createCardView } from './card-view';
import { importBundle } from './import-bundle';

/** Where the hover-card-ui bundle leaves its factory (the content script's isolated world). */
export const cardUiGlobal = '__treatyLensHoverCard';

type CardViewFactory = typeof createCardView;
type OpenOptions = Parameters<CardView['open']>[0];

/**
 * The card, loaded on first use. Its UI (preact, floating-ui, the entry card, ~15 KB gzipped)
 * is a separate bundle, `hover-card-ui.js`, imported when the reader first points at a mark,
 * so the content script that every news page loads stays small and starts fast. Calls made
 * while it loads are kept: the last `open` wins, a `close` cancels it.
 */
export function createLazyCardView(options: CardViewOptions): CardView {
  const { ctx } = options;
  let view: CardView | null = null;
  let loading: Promise<void> | null = null;
  let pendingOpen: OpenOptions | null = null;

  function load() {
    loading ??= importBundle<CardViewFactory>({ path: '/hover-card-ui.js', global: cardUiGlobal })
      .then((factory) => {
        if (ctx.isInvalid) return;
        view = factory(options);
        if (pendingOpen) view.open(pendingOpen);
        pendingOpen = null;
      })
      .catch((error: unknown) => {
        loading = null; // the next hover tries again
        throw error;
      });
    return loading;
  }

  return {
    open(options) {
      if (view) return view.open(options);
      pendingOpen = options;
      void load();
    },
    pin: () => view?.pin(),
    close() {
      pendingOpen = null;
      view?.close();
    },
    get current() {
      return view?.current ?? null;
    },
    contains: (target) => view?.contains(target) ?? false,
  };
}
