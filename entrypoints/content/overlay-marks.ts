import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { Topic } from '../../knowledge/types';
import type { ConceptMark } from './concept-marks';
import type { HighlightLayer } from './highlight-layer';

let overlayMarks: WxtStorageItem<boolean, Record<string, never>> | null = null;

/**
 * Off by default: the fallback for browsers without CSS Custom Highlights (every browser the
 * extension supports has them: Chrome 105+, Firefox 140+). Turning it on adds one element of
 * ours to the page, so the zero-footprint promise no longer holds. Defined on first use:
 * defining a storage item reads storage at once, which only browsers without the API need.
 */
export function overlayMarksItem(): WxtStorageItem<boolean, Record<string, never>> {
  overlayMarks ??= storage.defineItem<boolean>('local:overlayMarks', { fallback: false });
  return overlayMarks;
}

/** The element holding the overlay's boxes (in an open shadow root, like the card). */
export const overlayHostName = 'treaty-lens-marks';

/**
 * Marks drawn as boxes over the text, in a layer of our own above the page, instead of
 * wrapping the page's text in elements (which breaks pages built with React or Vue). Boxes
 * are placed in document coordinates and redrawn, one frame later, when marks change or the
 * window is resized; text inside scrolled containers is not followed.
 */
export function createOverlayLayer({
  ctx,
  topics,
}: {
  ctx: ContentScriptContext;
  topics: readonly Topic[];
}): HighlightLayer {
  const colors = new Map(topics.map((topic) => [topic.id, topic.color]));
  const shown = new Set<ConceptMark>();
  let flashed: ConceptMark | null = null;
  let root: ShadowRoot | null = null;
  let host: HTMLElement | null = null;
  let drawPending = false;

  function draw() {
    drawPending = false;
    if (!root) {
      if (shown.size === 0) return;
      host = document.createElement(overlayHostName);
      host.style.cssText =
        'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;';
      root = host.attachShadow({ mode: 'open' });
      document.documentElement.append(host);
    }
    const boxes: HTMLElement[] = [];
    for (const mark of shown) {
      const color = colors.get(mark.topic) ?? '#57606a';
      for (const rect of mark.range.getClientRects()) {
        const box = document.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;border-bottom:2px dotted ${color};box-sizing:border-box;${mark === flashed ? 'background:rgb(253 224 71 / 60%);' : ''}`;
        box.dataset.entryId = mark.entryId;
        boxes.push(box);
      }
    }
    root.replaceChildren(...boxes);
  }

  function redraw() {
    if (drawPending) return;
    drawPending = true;
    ctx.requestAnimationFrame(draw);
  }

  ctx.addEventListener(window, 'resize', redraw, { passive: true });
  ctx.onInvalidated(() => host?.remove());

  return {
    add(mark) {
      shown.add(mark);
      redraw();
    },
    remove(mark) {
      if (shown.delete(mark)) redraw();
    },
    show(marks) {
      shown.clear();
      for (const mark of marks) shown.add(mark);
      redraw();
    },
    flash(mark) {
      flashed = mark;
      redraw();
    },
    clear() {
      shown.clear();
      flashed = null;
      redraw();
    },
  };
}
