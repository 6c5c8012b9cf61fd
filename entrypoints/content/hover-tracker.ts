import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardTrigger } from '../../utils/settings';
import type { CardView } from './card-view';
import type { ConceptMark } from './concept-marks';

/** Time the pointer has to travel from a mark into its card before the card closes. */
const graceMs = 400;

/**
 * Opens the card when the pointer rests on a mark (after `hoverDelayMs`), keeps it open while
 * the pointer travels into it, pins it on a click, and closes it on Esc or a click elsewhere.
 * Hit tests run at most once per frame, never while nothing is marked.
 */
export function trackHover({
  ctx,
  card,
  markAt,
  hasMarks,
  trigger,
}: {
  ctx: ContentScriptContext;
  card: CardView;
  markAt: (point: { x: number; y: number }) => ConceptMark | null;
  hasMarks: () => boolean;
  trigger: () => { cardTrigger: CardTrigger; hoverDelayMs: number };
}): void {
  let point: { x: number; y: number; altKey: boolean } | null = null;
  let frameRequested = false;
  let overCard = false;
  let dwell: { mark: ConceptMark; timer: ReturnType<typeof setTimeout> } | null = null;
  let grace: ReturnType<typeof setTimeout> | null = null;

  function cancelDwell() {
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
  }
  function cancelGrace() {
    if (grace) clearTimeout(grace);
    grace = null;
  }
  function startGrace() {
    if (grace || !card.current || card.current.pinned) return;
    grace = setTimeout(() => {
      grace = null;
      if (!overCard && card.current && !card.current.pinned) card.close();
    }, graceMs);
  }
  ctx.onInvalidated(() => {
    cancelDwell();
    cancelGrace();
  });

  function hitTest() {
    frameRequested = false;
    if (!point || card.current?.pinned) return;
    const { cardTrigger, hoverDelayMs } = trigger();
    const opensOnHover = cardTrigger === 'hover' || (cardTrigger === 'modifier' && point.altKey);
    const mark = markAt(point);
    if (!mark) {
      cancelDwell();
      startGrace();
      return;
    }
    if (card.current?.mark === mark) {
      cancelDwell();
      cancelGrace();
      return;
    }
    if (!opensOnHover) {
      startGrace();
      return;
    }
    if (dwell?.mark === mark) return;
    cancelDwell();
    const timer = setTimeout(() => {
      dwell = null;
      cancelGrace();
      if (!card.current?.pinned) card.open({ mark, pinned: false });
    }, hoverDelayMs);
    dwell = { mark, timer };
  }

  const listen = { capture: true, passive: true };
  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      overCard = card.contains(event.target);
      if (overCard) {
        cancelGrace();
        cancelDwell();
        return;
      }
      if (!hasMarks()) return;
      point = { x: event.clientX, y: event.clientY, altKey: event.altKey };
      if (!frameRequested) {
        frameRequested = true;
        ctx.requestAnimationFrame(hitTest);
      }
    },
    listen,
  );
  ctx.addEventListener(
    document.documentElement,
    'pointerleave',
    () => {
      overCard = false;
      cancelDwell();
      startGrace();
    },
    listen,
  );
  // A click (or tap) on a mark pins its card; a click elsewhere closes the card.
  ctx.addEventListener(
    document,
    'pointerdown',
    (event: PointerEvent) => {
      if (card.contains(event.target)) return;
      const mark = hasMarks() ? markAt({ x: event.clientX, y: event.clientY }) : null;
      cancelDwell();
      cancelGrace();
      if (mark) card.open({ mark, pinned: true, takeFocus: false });
      else if (card.current) card.close();
    },
    listen,
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.current) card.close();
    },
    { capture: true },
  );
}
