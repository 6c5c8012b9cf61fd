import type { ConceptMark, MarkStore } from './concept-marks';

interface Caret {
  node: Node;
  offset: number;
}

/** The mark's range, or null when the page removed its text. */
export function liveRangeOf({ mark }: { mark: ConceptMark }): Range | null {
  const { startContainer, endContainer } = mark.range;
  return startContainer.isConnected && endContainer.isConnected ? mark.range : null;
}

/**
 * The text position under a point. caretPositionFromPoint is the standard (Firefox, Chrome 128+)
 * and, given the page's open shadow roots, returns positions inside them instead of the host
 * (https://drafts.csswg.org/cssom-view/#dom-document-caretpositionfrompoint);
 * caretRangeFromPoint is the older WebKit/Chromium name.
 */
export function caretAtPoint({
  x,
  y,
  shadowRoots,
}: {
  x: number;
  y: number;
  shadowRoots: ShadowRoot[];
}): Caret | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? document.caretPositionFromPoint(x, y, { shadowRoots })
        : document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain({ range, x, y }: { range: Range; x: number; y: number }): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return true;
    }
  }
  return false;
}

/**
 * The mark under the pointer, if any. The caret gives the text node; our index gives that
 * node's marks; the marks' own boxes decide, because the caret snaps to the nearest text even
 * when the pointer is in the margin beside it. Where marks nest ("a guarantee that mirrors
 * Article 5" holds "Article 5"), the innermost wins: the outer one is reachable everywhere
 * else along its text, the inner one only there.
 */
export function markAtPoint({
  x,
  y,
  store,
  shadowRoots,
  isShown,
}: {
  x: number;
  y: number;
  store: MarkStore;
  shadowRoots: ShadowRoot[];
  isShown: (mark: ConceptMark) => boolean;
}): ConceptMark | null {
  const caret = caretAtPoint({ x, y, shadowRoots });
  if (!caret) return null;
  let found: ConceptMark | null = null;
  let foundLength = Number.POSITIVE_INFINITY;
  for (const mark of store.marksOnNode(caret.node)) {
    if (!isShown(mark)) continue;
    const range = liveRangeOf({ mark });
    if (!range || !rectsContain({ range, x, y })) continue;
    const length = range.toString().length;
    if (length < foundLength) {
      found = mark;
      foundLength = length;
    }
  }
  return found;
}
