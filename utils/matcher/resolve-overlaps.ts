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
  const kept: T[] = [];
  for (const match of ranked) {
    const conflicts = kept.some(
      (other) =>
        other.entry === match.entry && match.start < other.end && other.start < match.end,
    );
    if (!conflicts) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
