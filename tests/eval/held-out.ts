/**
 * The held-out part of the labelled lines: one fifth, chosen by the article a line comes from
 * (its `source`), so that no article has lines on both sides. Rules are tuned on the rest; the
 * held-out part says whether they generalise to articles they were not written from.
 *
 * A stable hash (FNV-1a over the URL's UTF-8 bytes) rather than a list: the split is the same on
 * every machine and for every new line, and ../shared stays where it is.
 */
import type { LabelledLine } from './scoring';

const buckets = 5;

export function isHeldOut(line: Pick<LabelledLine, 'source'>): boolean {
  return fnv1a(line.source ?? '') % buckets === 0;
}

/** The lines split in two, each keeping its order. */
export function splitHeldOut<T extends Pick<LabelledLine, 'source'>>(
  lines: readonly T[],
): { heldOut: T[]; rest: T[] } {
  const heldOut: T[] = [];
  const rest: T[] = [];
  for (const line of lines) (isHeldOut(line) ? heldOut : rest).push(line);
  return { heldOut, rest };
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}
