/**
 * Telling what the extension did to a page from what the page does on its own: compares the
 * DOM changes (or errors) seen on loads with the extension and loads without it.
 */

/** How many times each item occurs. */
function countItems(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * The items every load with the extension showed (as many times as the load that showed them
 * least) beyond what any load without it showed (as many times as the load that showed them
 * most). A change the extension makes happens on every load with it and never without it; a
 * page's own timers and loaders differ from load to load, and this is how they are told apart.
 * The price: a change the extension made on some loads only would go unreported.
 */
export function onlyWithExtension({
  withIt,
  without,
}: {
  withIt: string[][];
  without: string[][];
}) {
  const [first = new Map<string, number>(), ...others] = withIt.map(countItems);
  const baselines = without.map(countItems);
  const left: string[] = [];
  for (const [item, count] of first) {
    const everyLoad = Math.min(count, ...others.map((counts) => counts.get(item) ?? 0));
    const baseline = Math.max(0, ...baselines.map((counts) => counts.get(item) ?? 0));
    for (let extra = everyLoad - baseline; extra > 0; extra--) left.push(item);
  }
  return left;
}
