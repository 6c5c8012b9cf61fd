import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardHostName } from './card-host';
import { overlayHostName } from './overlay-marks';
import { blockContainerOf, isBlockElement, isInSkippedSubtree } from './text-scan';

/** Past this many added nodes in one batch, a full rescan is cheaper than following each. */
const rescanThreshold = 1000;
/** Blocks that hold prose (so inline additions rescan just that paragraph). */
const paragraphTags = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'DD',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'CAPTION',
  'SUMMARY',
  'PRE',
]);

export interface PageChanges {
  /** Subtrees whose text is new or changed: drop their marks and scan them again. */
  dirtyRoots: Node[];
  /** True when nodes left the page: drop marks on text that is gone. */
  removed: boolean;
  /** True when every dirty root is a node the page just added: no mark can be inside one yet. */
  onlyNewRoots: boolean;
  /** True when the batch was so large that a full rescan is the better deal. */
  rescan: boolean;
}

/** Our own elements: the card's host and the (optional) overlay of marks. */
const ourElements = new Set([cardHostName, overlayHostName]);

function isOurs(node: Node): boolean {
  // Shadow roots end the parent chain: changes inside our shadow roots have our host as root.
  for (
    let current: Node | null = node;
    current;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null
  ) {
    if (ourElements.has((current as Element).localName)) return true;
  }
  return false;
}

/** The subtree to scan again for a change under `target`. */
function dirtyRootFor({ target, added }: { target: Node; added?: Node }): Node {
  if (added?.nodeType === Node.ELEMENT_NODE && isBlockElement(added as Element)) return added;
  const container = blockContainerOf(added ?? target);
  // Inline text added to a big container (body, a feed's div): scan the new node alone rather
  // than the whole container.
  if (
    container.nodeType === Node.ELEMENT_NODE &&
    paragraphTags.has((container as Element).tagName)
  ) {
    return container;
  }
  return added ?? target;
}

/** Keeps the outermost roots only (a root inside another is scanned with it). */
function outermost(roots: Set<Node>): Node[] {
  const list = [...roots];
  return list.filter((root) => !list.some((other) => other !== root && other.contains(root)));
}

export function summariseMutations({ records }: { records: MutationRecord[] }): PageChanges {
  const roots = new Set<Node>();
  let removed = false;
  let oldRoots = false;
  let added = 0;
  for (const record of records) {
    if (isOurs(record.target)) continue;
    if (record.type === 'characterData') {
      if (!isInSkippedSubtree(record.target)) roots.add(dirtyRootFor({ target: record.target }));
      oldRoots = true;
      removed = true; // the old text's marks point at offsets that may no longer exist
      continue;
    }
    if (record.removedNodes.length > 0) removed = true;
    for (const node of record.addedNodes) {
      if (isOurs(node)) continue;
      added++;
      if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) continue;
      if (!node.isConnected || isInSkippedSubtree(node)) continue;
      const root = dirtyRootFor({ target: record.target, added: node });
      roots.add(root);
      if (root !== node) oldRoots = true;
    }
  }
  const dirtyRoots = roots.size > 200 ? [] : outermost(roots);
  return {
    dirtyRoots,
    removed,
    onlyNewRoots: !oldRoots,
    rescan: added > rescanThreshold || roots.size > 200,
  };
}

/**
 * One MutationObserver for the page (and each open shadow root it is given), its records
 * batched per animation frame, or after 250 ms in a background tab where frames do not run.
 */
export function observePage({
  ctx,
  onChanges,
}: {
  ctx: ContentScriptContext;
  onChanges: (changes: PageChanges) => void;
}): { observe(root: Node): void } {
  let pending: MutationRecord[] = [];
  let scheduled = false;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  function flush() {
    if (!scheduled) return;
    scheduled = false;
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
    const records = pending.concat(observer.takeRecords());
    pending = [];
    if (ctx.isInvalid) return;
    const changes = summariseMutations({ records });
    if (changes.rescan || changes.removed || changes.dirtyRoots.length > 0) onChanges(changes);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) pending.push(record);
    if (scheduled) return;
    scheduled = true;
    frame = requestAnimationFrame(flush);
    fallback = setTimeout(flush, 250);
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
    pending = [];
  });
  return {
    observe(root) {
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
  };
}
