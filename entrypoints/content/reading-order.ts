import type { TextBlock } from './text-blocks';

function topOf(block: TextBlock): number {
  const first = block.pieces[0];
  if (!first) return 0;
  const range = document.createRange();
  range.selectNodeContents(first.node);
  return range.getBoundingClientRect().bottom;
}

/**
 * Blocks reordered so the ones at the top of the viewport come first, then the rest of the
 * page below, then what is above. A binary search over document order (which follows the
 * page's vertical order closely enough) costs a dozen layout reads, not one per block.
 */
export function visibleFirst({ blocks }: { blocks: TextBlock[] }): TextBlock[] {
  if (blocks.length < 2) return blocks;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (topOf(blocks[middle] as TextBlock) < 0) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? blocks : [...blocks.slice(low), ...blocks.slice(0, low)];
}
