/**
 * One occurrence of a knowledge-base concept on the page. The range is a live Range, not a
 * StaticRange: a StaticRange would spare the browser updating it on DOM changes, but anyone
 * reading `CSS.highlights` (the page, our tests) expects `range.toString()` to give the text.
 * The page observer drops marks whose text changes, so their ranges never go stale for long.
 */
export interface ConceptMark {
  entryId: string;
  topic: string;
  /** The language of the phrase that matched: the card speaks it if the extension does. */
  language?: string;
  range: Range;
  /** Every text node the mark touches (more than one for `security <em>guarantees</em>`). */
  nodes: Text[];
}

export interface MarkStore {
  /** Adds a mark unless the same entry is already marked at the same place. */
  add(mark: ConceptMark): boolean;
  /** Removes and returns the marks for which `test` is true. */
  removeWhere(test: (mark: ConceptMark) => boolean): ConceptMark[];
  marksOnNode(node: Node): readonly ConceptMark[];
  all(): readonly ConceptMark[];
  /** All marks sorted in document order (cached until the store changes). */
  inDocumentOrder(): readonly ConceptMark[];
  clear(): void;
  readonly size: number;
}

/** Document order of two marks; marks in different trees (shadow roots) keep a stable order. */
export function compareMarks(a: ConceptMark, b: ConceptMark): number {
  const nodeA = a.range.startContainer;
  const nodeB = b.range.startContainer;
  if (nodeA === nodeB) return a.range.startOffset - b.range.startOffset;
  const position = nodeA.compareDocumentPosition(nodeB);
  if (position & Node.DOCUMENT_POSITION_DISCONNECTED) return 0;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export function createMarkStore(): MarkStore {
  let marks: ConceptMark[] = [];
  let sorted: ConceptMark[] | null = null;
  const byNode = new WeakMap<Node, ConceptMark[]>();

  function unindex(mark: ConceptMark) {
    for (const node of mark.nodes) {
      const list = byNode.get(node);
      if (!list) continue;
      const remaining = list.filter((other) => other !== mark);
      if (remaining.length > 0) byNode.set(node, remaining);
      else byNode.delete(node);
    }
  }

  return {
    add(mark) {
      const start = mark.range.startContainer;
      const existing = byNode.get(start);
      if (
        existing?.some(
          (other) =>
            other.entryId === mark.entryId &&
            other.range.startContainer === start &&
            other.range.startOffset === mark.range.startOffset,
        )
      ) {
        return false;
      }
      marks.push(mark);
      sorted = null;
      for (const node of mark.nodes) {
        const list = byNode.get(node);
        if (list) list.push(mark);
        else byNode.set(node, [mark]);
      }
      return true;
    },
    removeWhere(test) {
      const removed: ConceptMark[] = [];
      const kept: ConceptMark[] = [];
      for (const mark of marks) (test(mark) ? removed : kept).push(mark);
      if (removed.length === 0) return removed;
      for (const mark of removed) unindex(mark);
      marks = kept;
      sorted = null;
      return removed;
    },
    marksOnNode(node) {
      return byNode.get(node) ?? [];
    },
    all() {
      return marks;
    },
    inDocumentOrder() {
      sorted ??= [...marks].sort(compareMarks);
      return sorted;
    },
    clear() {
      for (const mark of marks) unindex(mark);
      marks = [];
      sorted = null;
    },
    get size() {
      return marks.length;
    },
  };
}
