import type { TextBlock } from './text-blocks';
import { createTextBlockReader, type TextBlockReader } from './text-scan';
import type { Job } from './work-queue';

/** Nodes a reader walks per call: about a tenth of a millisecond of work. */
const nodesPerCall = 400;

/**
 * A job that reads the text of `roots` (and of every open shadow root met on the way) into
 * blocks, then hands them all to `onDone`.
 */
export function readTextJob({
  roots,
  onShadowRoot,
  onDone,
}: {
  roots: Node[];
  onShadowRoot: (root: ShadowRoot) => void;
  onDone: (blocks: TextBlock[]) => void;
}): Job {
  const pendingRoots = [...roots];
  const blocks: TextBlock[] = [];
  let reader: TextBlockReader | null = null;
  let shadowRootsSeen = 0;
  return () => {
    if (!reader) {
      const root = pendingRoots.shift();
      if (!root) {
        onDone(blocks);
        return true;
      }
      reader = createTextBlockReader({ root });
      shadowRootsSeen = 0;
    }
    const { blocks: read, done } = reader.read({ maxNodes: nodesPerCall });
    for (const block of read) blocks.push(block);
    for (const shadowRoot of reader.shadowRoots.slice(shadowRootsSeen)) {
      onShadowRoot(shadowRoot);
      pendingRoots.push(shadowRoot);
    }
    shadowRootsSeen = reader.shadowRoots.length;
    if (done) reader = null;
    return false;
  };
}

/** A job that marks one block per call, then calls `onDone`. */
export function markBlocksJob({
  blocks,
  markBlock,
  onDone,
}: {
  blocks: TextBlock[];
  markBlock: (block: TextBlock) => void;
  onDone: () => void;
}): Job {
  let next = 0;
  return () => {
    const block = blocks[next++];
    if (!block) {
      onDone();
      return true;
    }
    // Text the page removed while we waited is not marked.
    if (block.pieces[0]?.node.isConnected) markBlock(block);
    return false;
  };
}
