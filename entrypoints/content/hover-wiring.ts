import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../../utils/settings';
import type { CardView } from './card-view';
import { markAtPoint } from './hit-test';
import { trackHover } from './hover-tracker';
import type { PageMarks } from './page-marks';
import { createRevealer, type Revealer } from './reveal-marks';

/** How the reader reaches a mark's card: the pointer (hover) and reveals (popup, commands). */
export interface HoverWiring {
  /** Starts following the pointer; called with the first mark (pages without any never pay). */
  startTracking(): void;
  readonly revealer: Revealer;
}

export function wireHover({
  ctx,
  card,
  marks,
  shadowRoots,
  settings,
  timed,
}: {
  ctx: ContentScriptContext;
  card: CardView;
  marks: PageMarks;
  /** Open shadow roots met while scanning (the pointer may rest on text inside them). */
  shadowRoots: ShadowRoot[];
  settings: () => Settings;
  /** Counts a handler of ours as a task (engine-stats.ts). */
  timed: <T>(run: () => T) => T;
}): HoverWiring {
  let tracking = false;
  return {
    startTracking() {
      if (tracking) return;
      tracking = true;
      trackHover({
        ctx,
        card,
        hasMarks: () => marks.store.size > 0,
        markAt: ({ x, y }) =>
          timed(() =>
            markAtPoint({ x, y, store: marks.store, shadowRoots, isShown: marks.isShown }),
          ),
        trigger: settings,
      });
    },
    revealer: createRevealer({
      ctx,
      card,
      flash: (mark) => marks.flash(mark),
      shownMarks: () => marks.store.inDocumentOrder().filter((mark) => marks.isShown(mark)),
    }),
  };
}
