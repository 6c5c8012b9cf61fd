import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardTrigger, ModifierKey } from '../../utils/settings';
import type { CardView } from './card-view';
import type { ConceptMark } from './concept-marks';

/** Time the pointer has to travel from a mark into its card before the card closes. */
const graceMs = 400;

/**
 * How long a click on a mark waits before it pins the card: a second press within it makes a
 * double click, which selects a word and must not leave a pinned card over it. About the
 * shortest double-click interval systems use; the hover card is usually open already.
 */
export const pinDelayMs = 250;

/** Which of the modifier keys an event says are held (KeyboardEvent / PointerEvent flags). */
function heldModifiers(event: MouseEvent | KeyboardEvent): Record<ModifierKey, boolean> {
  return { Alt: event.altKey, Shift: event.shiftKey, Control: event.ctrlKey };
}

/** The link around a mark's text, if any: a click there pins the card before it follows. */
function linkAround(mark: ConceptMark): HTMLAnchorElement | null {
  const start = mark.range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  return element?.closest('a[href]') ?? null;
}

/**
 * Opens the card when the pointer rests on a mark (after `hoverDelayMs`; with the "hold a key"
 * setting, while the chosen key is held), keeps it open while the pointer travels into it,
 * pins it on a click, and closes it on Esc or a click elsewhere. A double click (selecting a
 * word) pins nothing; a first click on a mark inside a link pins the card instead of following
 * the link, and a click on the link with its card pinned follows it. Hit tests run at most once
 * per frame, never while nothing is marked.
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
  trigger: () => { cardTrigger: CardTrigger; hoverDelayMs: number; modifierKey: ModifierKey };
}): void {
  let point: { x: number; y: number; held: Record<ModifierKey, boolean> } | null = null;
  let pendingPin: ReturnType<typeof setTimeout> | null = null;
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
  function cancelPendingPin() {
    if (pendingPin) clearTimeout(pendingPin);
    pendingPin = null;
  }
  ctx.onInvalidated(() => {
    cancelDwell();
    cancelGrace();
    cancelPendingPin();
  });
  function requestHitTest() {
    if (frameRequested) return;
    frameRequested = true;
    ctx.requestAnimationFrame(hitTest);
  }

  function hitTest() {
    frameRequested = false;
    if (!point || card.current?.pinned) return;
    const { cardTrigger, hoverDelayMs, modifierKey } = trigger();
    const opensOnHover =
      cardTrigger === 'hover' || (cardTrigger === 'modifier' && point.held[modifierKey]);
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
      point = { x: event.clientX, y: event.clientY, held: heldModifiers(event) };
      requestHitTest();
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
  // A press elsewhere closes the card; a click (or tap) on a mark pins its card, unless a
  // second press follows at once (a double click selecting a word).
  ctx.addEventListener(
    document,
    'pointerdown',
    (event: PointerEvent) => {
      if (card.contains(event.target)) return;
      cancelPendingPin();
      if (event.detail > 1) return;
      const mark = hasMarks() ? markAt({ x: event.clientX, y: event.clientY }) : null;
      if (!mark && card.current) {
        cancelDwell();
        cancelGrace();
        card.close();
      }
    },
    listen,
  );
  ctx.addEventListener(
    document,
    'click',
    (event: MouseEvent) => {
      if (event.button !== 0 || card.contains(event.target) || !hasMarks()) return;
      const mark = markAt({ x: event.clientX, y: event.clientY });
      if (!mark) return;
      const alreadyPinned = card.current?.pinned === true && card.current.mark === mark;
      const plainClick = !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
      // A link's first plain click pins its card; the next one (card pinned) follows the link.
      if (plainClick && !alreadyPinned && event.detail <= 1 && linkAround(mark)) {
        event.preventDefault();
      }
      if (alreadyPinned || event.detail > 1) return;
      cancelDwell();
      cancelGrace();
      cancelPendingPin();
      pendingPin = setTimeout(() => {
        pendingPin = null;
        // A drag that selected text is not a click on the mark.
        if (!document.getSelection()?.isCollapsed) return;
        card.open({ mark, pinned: true, takeFocus: false });
      }, pinDelayMs);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'dblclick',
    () => {
      cancelPendingPin();
    },
    listen,
  );
  // Pressing the chosen key while the pointer rests on a mark opens its card at once.
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (!point || trigger().cardTrigger !== 'modifier' || event.key !== trigger().modifierKey)
        return;
      point = { ...point, held: { ...heldModifiers(event), [event.key]: true } };
      requestHitTest();
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
