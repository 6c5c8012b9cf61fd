import type { TextBlock, TextPiece } from './text-blocks';

/** Elements whose text is not prose a reader sees: code, form fields, media, our own card. */
export const skippedTags: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
  'math',
  'TREATY-LENS-CARD',
  'TREATY-LENS-MARKS',
]);

/** Elements that start a new paragraph; everything else is inline and joins its neighbours. */
export const blockTags: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Blocks longer than this are cut at a node boundary so one match call stays short. */
const maxBlockLength = 20_000;

function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.tagName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isBlockElement(element: Element): boolean {
  return blockTags.has(element.tagName);
}

/** The nearest block-level ancestor of a node within its tree (a shadow root counts as one). */
export function blockContainerOf(node: Node): Element | ShadowRoot {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current.nodeType === Node.ELEMENT_NODE && isBlockElement(current as Element)) {
      return current as Element;
    }
    if (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return current as ShadowRoot;
    const parent: Node | null = current.parentNode;
    if (!parent) return current as Element;
    current = parent;
  }
  return node.ownerDocument?.documentElement as Element;
}

/** True when a node sits inside text the scan leaves alone (script, form field, our card...). */
export function isInSkippedSubtree(node: Node): boolean {
  for (let current = node.parentElement; current; current = current.parentElement) {
    if (isSkipped(current)) return true;
  }
  return false;
}

export interface TextBlockReader {
  /** Reads at most `maxNodes` nodes; returns the blocks completed so far and whether it is done. */
  read({ maxNodes }: { maxNodes: number }): { blocks: TextBlock[]; done: boolean };
  /** Open shadow roots met so far (each is scanned by its own reader). */
  shadowRoots: ShadowRoot[];
}

/**
 * Reads the text of a subtree into text blocks, in document order, a few hundred nodes at a
 * time: the TreeWalker keeps its place between calls, so a long page is read across tasks.
 * It has no node filter: a filter is a call from the browser into script for every element,
 * which made reading the page two to three times slower; skipped subtrees are stepped over here.
 */
export function createTextBlockReader({ root }: { root: Node }): TextBlockReader {
  const shadowRoots: ShadowRoot[] = [];
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The next node after `element`'s subtree, or null at the end of the root. */
  const afterSubtree = (element: Element): Node | null => {
    walker.currentNode = element;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  /** The next text node or <br> to read, stepping over skipped subtrees and noting shadow roots. */
  const nextNode = (): Node | null => {
    let node = walker.nextNode();
    while (node && node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        node = afterSubtree(element);
        continue;
      }
      // The walker does not enter shadow trees; note open ones so they get their own reader.
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      if (element.tagName === 'BR') return element;
      node = walker.nextNode();
    }
    return node;
  };
  // When the root is itself inside a skipped element, there is nothing to read.
  let finished = root.nodeType !== Node.DOCUMENT_NODE && isInSkippedSubtree(root);
  let current: {
    container: Element | ShadowRoot;
    pieces: TextPiece[];
    parts: string[];
    length: number;
  } | null = null;
  let lastParent: Node | null = null;
  let lastContainer: Element | ShadowRoot | null = null;
  let pendingBreak = false;

  function close(into: TextBlock[]) {
    if (current && current.pieces.length > 0) {
      const text = current.parts.join('');
      if (text.trim() !== '')
        into.push({ container: current.container, pieces: current.pieces, text });
    }
    current = null;
  }

  return {
    shadowRoots,
    read({ maxNodes }) {
      const blocks: TextBlock[] = [];
      if (finished) return { blocks, done: true };
      for (let count = 0; count < maxNodes; count++) {
        const node = nextNode();
        if (!node) {
          finished = true;
          close(blocks);
          return { blocks, done: true };
        }
        if (node.nodeType !== Node.TEXT_NODE) {
          pendingBreak = true; // a <br>
          continue;
        }
        const text = node as Text;
        if (text.data.length === 0) continue;
        // Consecutive siblings share a container: look it up once per parent.
        const container =
          text.parentNode === lastParent && lastContainer ? lastContainer : blockContainerOf(text);
        lastParent = text.parentNode;
        lastContainer = container;
        if (current && (current.container !== container || current.length > maxBlockLength)) {
          close(blocks);
        }
        if (!current) {
          current = { container, pieces: [], parts: [], length: 0 };
          pendingBreak = false;
        }
        if (pendingBreak) {
          current.parts.push('\n');
          current.length += 1;
          pendingBreak = false;
        }
        current.pieces.push({ node: text, start: current.length });
        current.parts.push(text.data);
        current.length += text.data.length;
      }
      return { blocks, done: false };
    },
  };
}
