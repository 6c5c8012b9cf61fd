import type { ConceptMark } from './concept-marks';

/** The CSS highlight name of a topic: a stable hook that tests and the page itself can read. */
export function highlightName({ topic }: { topic: string }): string {
  return `treaty-lens-${topic}`;
}

/** The highlight that briefly marks the occurrence a reveal scrolled to. */
export const flashHighlightName = 'treaty-lens-flash';

export interface HighlightLayer {
  add(mark: ConceptMark): void;
  remove(mark: ConceptMark): void;
  /** Replaces everything shown with `marks`. */
  show(marks: Iterable<ConceptMark>): void;
  flash(mark: ConceptMark | null): void;
  clear(): void;
}

export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Marks on screen through the CSS Custom Highlight API: one Highlight per topic in the
 * document's registry, no element or attribute added to the page. A topic's Highlight is
 * registered only once it has a mark, so pages without concepts see an untouched registry.
 */
export function createHighlightLayer(): HighlightLayer {
  const byTopic = new Map<string, Highlight>();

  function highlightFor(topic: string): Highlight {
    let highlight = byTopic.get(topic);
    if (!highlight) {
      highlight = new Highlight();
      byTopic.set(topic, highlight);
      CSS.highlights.set(highlightName({ topic }), highlight);
    }
    return highlight;
  }

  const layer: HighlightLayer = {
    add(mark) {
      highlightFor(mark.topic).add(mark.range);
    },
    remove(mark) {
      byTopic.get(mark.topic)?.delete(mark.range);
    },
    show(marks) {
      for (const highlight of byTopic.values()) highlight.clear();
      for (const mark of marks) layer.add(mark);
    },
    flash(mark) {
      if (!mark) {
        CSS.highlights.delete(flashHighlightName);
        return;
      }
      CSS.highlights.set(flashHighlightName, new Highlight(mark.range));
    },
    clear() {
      for (const topic of byTopic.keys()) CSS.highlights.delete(highlightName({ topic }));
      byTopic.clear();
      CSS.highlights.delete(flashHighlightName);
    },
  };
  return layer;
}
