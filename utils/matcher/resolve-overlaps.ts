/** A match about to be returned: which entry, where, how sure. */
export interface Placed {
  entry: number;
  start: number;
  end: number;
  score: number;
}

/**
 * Keeps matches that agree with each other: two matches of one entry never overlap (the surer,
 * then the longer, wins: "the coalition of the willing" over "coalition of the willing").
 * Matches of different entries may share words, because each names a concept of its own:
 * "security assurances" inside "Budapest Memorandum on Security Assurances", or
 * "rozmieszczenia sił" (deploying forces) across "sił reasekuracyjnych" (reassurance forces).
 */
export function resolveOverlaps<T extends Placed>(matches: readonly T[]): T[] {
  const ranked = [...matches].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  // Per entry, the kept matches sorted by start: a binary search finds a clash in log time, so
  // a page with thousands of matches stays fast.
  const keptByEntry = new Map<number, T[]>();
  const kept: T[] = [];
  for (const match of ranked) {
    const own = keptByEntry.get(match.entry) ?? [];
    keptByEntry.set(match.entry, own);
    const at = firstStartingAtOrAfter(own, match.start);
    const before = own[at - 1];
    const after = own[at];
    if ((before && before.end > match.start) || (after && after.start < match.end)) continue;
    own.splice(at, 0, match);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the first item whose start is at or after `start`, in a list sorted by start. */
export function firstStartingAtOrAfter(
  sorted: readonly { start: number }[],
  start: number,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}
