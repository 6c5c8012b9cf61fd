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
 * True when `candidate` is the inner of two marks over one point: it starts later, or at the
 * same place and ends sooner.
 */
function startsInside({ candidate, current }: { candidate: Range; current: Range }): boolean {
  const start = candidate.compareBoundaryPoints(Range.START_TO_START, current);
  if (start !== 0) return start > 0;
  return candidate.compareBoundaryPoints(Range.END_TO_END, current) < 0;
}

/**
 * The mark under the pointer, if any. The caret gives the text node; our index gives that
 * node's marks; the marks' own boxes decide, because the caret snaps to the nearest text even
 * when the pointer is in the margin beside it. Where marks nest or overlap ("a guarantee
 * that mirrors Article 5" and "Article 5 of the North Atlantic Treaty"), the one starting last
 * wins: the outer one is still reachable along the rest of its text, the inner one only there.
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
  let found: { mark: ConceptMark; range: Range } | null = null;
  for (const mark of store.marksOnNode(caret.node)) {
    if (!isShown(mark)) continue;
    const range = liveRangeOf({ mark });
    if (!range || !rectsContain({ range, x, y })) continue;
    if (!found || startsInside({ candidate: range, current: found.range })) found = { mark, range };
  }
  return found?.mark ?? null;
}
