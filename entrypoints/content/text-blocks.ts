/**
 * A text block is one paragraph as the matcher sees it: the text of consecutive text nodes
 * under the same block-level element, joined, so `security <em>guarantees</em>` reads as one
 * phrase. Pieces map offsets in `text` back to (text node, offset) pairs.
 */
export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  /** The block-level element (or shadow root) the text belongs to. */
  container: Element | ShadowRoot;
  pieces: TextPiece[];
  text: string;
}

/** A point in the page, as a Range boundary. */
export interface TextPoint {
  node: Text;
  offset: number;
}

function pieceIndexAt({ pieces, offset }: { pieces: TextPiece[]; offset: number }): number {
  // Binary search for the last piece starting at or before `offset`.
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((pieces[middle] as TextPiece).start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The text node and offset of a position in the block's text. `edge: 'end'` prefers the end of
 * the previous node over the start of the next, so a range never ends on an empty start.
 */
export function pointInBlock({
  block,
  offset,
  edge,
}: {
  block: TextBlock;
  offset: number;
  edge: 'start' | 'end';
}): TextPoint & { pieceIndex: number } {
  let index = pieceIndexAt({ pieces: block.pieces, offset });
  if (edge === 'end' && index > 0 && (block.pieces[index] as TextPiece).start === offset) index--;
  const piece = block.pieces[index] as TextPiece;
  const length = piece.node.data.length;
  return {
    node: piece.node,
    offset: Math.max(0, Math.min(offset - piece.start, length)),
    pieceIndex: index,
  };
}
