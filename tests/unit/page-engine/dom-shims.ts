/**
 * happy-dom has no StaticRange; the page engine only reads its four boundary fields, so a
 * plain class stands in for it (real browsers are covered by the e2e tests).
 */
if (typeof globalThis.StaticRange !== 'function') {
  class StaticRangeShim {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed() {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  (globalThis as { StaticRange?: unknown }).StaticRange = StaticRangeShim;
}
