/** A match about to be returned: which entry, where, how sure. */
export interface Placed {
  entry: number;
  start: number;
  end: number;
  score: number;
}

/**
 * Keeps matches that agree with each other. Two matches of one entry never overlap (the surer,
 * then the longer, wins: "the coalition of the willing" over "coalition of the willing"), and
 * matches that cross without one containing the other keep only the better. A match inside
 * another entry's match stays: "security assurances" inside "Budapest Memorandum on Security
 * Assurances" names a concept of its own.
 */
export function resolveOverlaps<T extends Placed>(matches: readonly T[]): T[] {
  const ranked = [...matches].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const match of ranked) {
    const conflicts = kept.some((other) => {
      const overlap = match.start < other.end && other.start < match.end;
      if (!overlap) return false;
      if (other.entry === match.entry) return true;
      const nested =
        (match.start >= other.start && match.end <= other.end) ||
        (other.start >= match.start && other.end <= match.end);
      return !nested;
    });
    if (!conflicts) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
