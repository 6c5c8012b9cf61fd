/** Resting the pointer on a phrase until its hover card opens, for the UI suites. */
import { cardShowsEntry, measureCard, noCardOpen } from './card-budget.page-world';
import { pointOfText } from './harness/page-world';
import type { UiPage } from './ui.driver';

/**
 * Rests the pointer on `text` until its card opens (a fresh page may miss the first move); with
 * `entryId`, until the card shows that entry rather than the one opened before.
 */
export async function hoverUntilCard(
  page: UiPage,
  target: { selector: string; text: string; block?: ScrollLogicalPosition; entryId?: string },
) {
  if (target.entryId) {
    // The card open before may cover the next phrase: Esc closes it first.
    await page.press('Escape');
    await page.waitFor('the last card to close', noCardOpen, undefined);
  }
  for (let attempt = 0; ; attempt++) {
    const point = await page.evaluate(pointOfText, target);
    await page.moveMouse({ x: 2, y: 2 });
    await page.moveMouse(point);
    try {
      if (target.entryId)
        await page.waitFor(`the ${target.entryId} card`, cardShowsEntry, target.entryId);
      return await page.waitFor('the hover card', measureCard, undefined);
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}
