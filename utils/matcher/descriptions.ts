import type { PageWords } from './find-phrases';
import type { PhraseIndex } from './phrase-index';

/** Default span of a description's words, in words: about half a news sentence. */
export const defaultDescriptionWindow = 8;

/** A description's words are a looser sign than a phrase: below "…" phrases, above `minScore`. */
export const descriptionScore = 0.84;

/** A description found in a paragraph: words `[start, end)` from its first word to its last. */
export interface DescriptionCandidate {
  description: number;
  start: number;
  end: number;
  score: number;
}

/**
 * Finds the entries' concepts said in other words: a word of every group of a description, in
 * any order, inside one sentence and within its window. Each place where a first-group word
 * stands takes, from every other group, the word of its sentence nearest to it; the span from the
 * first to the last of them must fit the window. Runs only on paragraphs the quick check let
 * through, and only looks at words the vocabulary gave a description family.
 */
export function findDescriptions({
  index,
  page,
}: {
  index: PhraseIndex;
  page: PageWords;
}): DescriptionCandidate[] {
  if (index.descriptions.length === 0) return [];
  // Most paragraphs read in full hold no first-group word: no description can be there.
  let anchored = false;
  for (let i = 0; i < page.count && !anchored; i++) {
    anchored = index.describes[page.families[i] ?? -1] === 1;
  }
  if (!anchored) return [];
  // Description → group → word positions, made only for descriptions with a word here.
  let found: Map<number, number[][]> | undefined;
  for (let i = 0; i < page.count; i++) {
    const family = page.families[i] ?? -1;
    if (family < 0) continue;
    for (const { description, group } of index.groupsOfFamily[family] ?? []) {
      found ??= new Map();
      let groups = found.get(description);
      if (!groups) {
        const count = index.descriptions[description]?.groupCount ?? 0;
        groups = Array.from({ length: count }, () => []);
        found.set(description, groups);
      }
      groups[group]?.push(i);
    }
  }
  const candidates: DescriptionCandidate[] = [];
  for (const [description, groups] of found ?? []) {
    if (groups.some((positions) => positions.length === 0)) continue;
    const within = index.descriptions[description]?.within ?? defaultDescriptionWindow;
    for (const anchor of groups[0] ?? []) {
      const sentence = page.sentences[anchor];
      let first = anchor;
      let last = anchor;
      let complete = true;
      for (const positions of groups.slice(1)) {
        const nearest = nearestInSentence({
          positions,
          anchor,
          sentence,
          sentences: page.sentences,
        });
        if (nearest === undefined) {
          complete = false;
          break;
        }
        first = Math.min(first, nearest);
        last = Math.max(last, nearest);
      }
      if (complete && last - first < within) {
        candidates.push({ description, start: first, end: last + 1, score: descriptionScore });
      }
    }
  }
  return candidates;
}

function nearestInSentence({
  positions,
  anchor,
  sentence,
  sentences,
}: {
  positions: readonly number[];
  anchor: number;
  sentence: number | undefined;
  sentences: readonly number[];
}): number | undefined {
  let best: number | undefined;
  for (const position of positions) {
    if (sentences[position] !== sentence || position === anchor) continue;
    if (best === undefined || Math.abs(position - anchor) < Math.abs(best - anchor))
      best = position;
  }
  return best;
}
