import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardView } from './card-view';
import type { ConceptMark } from './concept-marks';
import { liveRangeOf } from './hit-test';

const flashMs = 1500;

export interface Revealer {
  /** The next occurrence of one concept after the last one revealed (wrapping around). */
  revealConcept(options: { entryId: string }): boolean;
  /** The next or previous mark of any concept, from the open card or the top of the viewport. */
  revealAdjacent(options: { direction: 'next' | 'previous' }): boolean;
}

/**
 * Scrolls a mark into view, flashes it and opens its card pinned, with focus, so keyboard and
 * screen-reader users can read it and Esc brings them back.
 */
export function createRevealer({
  ctx,
  card,
  flash,
  shownMarks,
}: {
  ctx: ContentScriptContext;
  card: CardView;
  /** Briefly marks one occurrence (null ends the flash). */
  flash: (mark: ConceptMark | null) => void;
  shownMarks: () => readonly ConceptMark[];
}): Revealer {
  let lastRevealed: ConceptMark | null = null;
  let flashTimer: number | undefined;

  function reveal(mark: ConceptMark): boolean {
    const element = mark.range.startContainer.parentElement;
    if (!element) return false;
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    lastRevealed = mark;
    flash(mark);
    clearTimeout(flashTimer);
    flashTimer = ctx.setTimeout(() => flash(null), flashMs);
    card.open({ mark, pinned: true, takeFocus: true });
    return true;
  }

  /** Index of the first mark at or below the top of the viewport. */
  function firstInView(marks: readonly ConceptMark[]): number {
    const index = marks.findIndex((mark) => {
      const rect = liveRangeOf({ mark })?.getBoundingClientRect();
      return rect !== undefined && rect.bottom >= 0 && (rect.width > 0 || rect.height > 0);
    });
    return Math.max(0, index);
  }

  return {
    revealConcept({ entryId }) {
      const marks = shownMarks().filter((mark) => mark.entryId === entryId);
      if (marks.length === 0) return false;
      const current = lastRevealed ? marks.indexOf(lastRevealed) : -1;
      return reveal(marks[(current + 1) % marks.length] as ConceptMark);
    },
    revealAdjacent({ direction }) {
      const marks = shownMarks();
      if (marks.length === 0) return false;
      const from = card.current?.mark ?? lastRevealed;
      const current = from ? marks.indexOf(from) : -1;
      let next: number;
      if (current < 0) next = firstInView(marks);
      else next = direction === 'next' ? current + 1 : current - 1;
      next = (next + marks.length) % marks.length;
      return reveal(marks[next] as ConceptMark);
    },
  };
}
