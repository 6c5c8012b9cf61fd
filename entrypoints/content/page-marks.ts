import type { Topic } from '../../knowledge/types';
import type { Settings } from '../../utils/settings';
import type { CardView } from './card-view';
import { type ConceptMark, createMarkStore, type MarkStore } from './concept-marks';
import {
  createHighlightLayer,
  type HighlightLayer,
  supportsCustomHighlights,
} from './highlight-layer';
import { createHighlightStyles, highlightCss } from './highlight-styles';
import { markVisibility } from './mark-visibility';

/** The marks on the page: which are known, which are shown, and the highlights that show them. */
export interface PageMarks {
  readonly store: MarkStore;
  /** Whether a mark is shown under the current settings (topics, calm mode). */
  isShown(mark: ConceptMark): boolean;
  /** New marks from a scan: stored, and shown at once unless calm mode waits for the scan's end. */
  add(marks: ConceptMark[]): void;
  /** Settings changed or a calm-mode scan ended: decide again which marks are shown. */
  refresh(): void;
  /** Drops the marks `gone` says are gone (their text changed or left the page); returns them. */
  removeWhere(gone: (mark: ConceptMark) => boolean): ConceptMark[];
  /** Every mark gone; `forgetStyles` also forgets which roots have the stylesheet (a new scan). */
  clear(options?: { forgetStyles?: boolean }): void;
  /** Flashes a mark (a reveal). */
  flash: HighlightLayer['flash'];
  /** The `::highlight()` rules for these settings (their style or colours changed). */
  restyle(settings: Settings): void;
  /** The overlay fallback replaces the (absent) CSS highlights. */
  useLayer(layer: HighlightLayer): void;
  /** The extension went away: no highlight or stylesheet of ours stays on the page. */
  detach(): void;
}

/** A layer that shows nothing, for browsers without CSS Custom Highlights. */
const noHighlights: HighlightLayer = { add() {}, remove() {}, show() {}, flash() {}, clear() {} };

export function createPageMarks({
  settings,
  topics,
  card,
  changed,
}: {
  settings: () => Settings;
  topics: readonly Topic[];
  card: CardView;
  /** The set of marks (or which are shown) changed: the count report and the hover follow. */
  changed: () => void;
}): PageMarks {
  const store = createMarkStore();
  // Without CSS Custom Highlights nothing is marked unless the reader turned the overlay on.
  let layer: HighlightLayer = supportsCustomHighlights() ? createHighlightLayer() : noHighlights;
  const styles = supportsCustomHighlights() ? createHighlightStyles() : null;
  const styledRoots = new Set<Document | ShadowRoot>();
  let isShown: (mark: ConceptMark) => boolean = () => true;

  function adoptStylesFor(mark: ConceptMark) {
    if (!styles) return;
    const root = mark.range.startContainer.getRootNode() as Document | ShadowRoot;
    if (styledRoots.has(root)) return;
    styledRoots.add(root);
    styles.adoptIn(root);
  }

  function refresh() {
    isShown = markVisibility({
      settings: settings(),
      marksInDocumentOrder: store.inDocumentOrder(),
    });
    const shown = store.all().filter((mark) => isShown(mark));
    for (const mark of shown) adoptStylesFor(mark);
    layer.show(shown);
    if (card.current && !isShown(card.current.mark)) card.close();
    changed();
  }

  return {
    store,
    isShown: (mark) => isShown(mark),
    add(marks) {
      for (const mark of marks) {
        if (!store.add(mark)) continue;
        // In calm mode the first occurrence is only known once the scan is done.
        if (settings().calmMode) continue;
        if (!isShown(mark)) continue;
        adoptStylesFor(mark);
        layer.add(mark);
      }
      changed();
    },
    refresh,
    removeWhere(gone) {
      const removed = store.removeWhere(gone);
      for (const mark of removed) layer.remove(mark);
      if (removed.length > 0 && card.current && removed.includes(card.current.mark)) card.close();
      return removed;
    },
    clear({ forgetStyles = false } = {}) {
      store.clear();
      layer.clear();
      if (forgetStyles) styledRoots.clear();
    },
    flash: (mark) => layer.flash(mark),
    restyle(next) {
      styles?.update(
        highlightCss({ topics, markStyle: next.markStyle, topicColors: next.topicColors }),
      );
    },
    useLayer(next) {
      layer = next;
      refresh();
    },
    detach() {
      layer.clear();
      styles?.detach();
    },
  };
}
