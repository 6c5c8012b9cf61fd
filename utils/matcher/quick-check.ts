import { type FuzzyIndex, phrasesAnchoredBy } from './fuzzy';
import type { PhraseIndex } from './phrase-index';
import { WordCursor } from './tokenise';

/**
 * A quick look that turns away most paragraphs before the matcher reads them in full: one walk
 * over the words that makes no array, and no string for words that no phrase has, stepping the
 * automaton as it goes. Something can be found only where a phrase (or the first part of a "…"
 * phrase, or a short form) completes, a near-miss anchor stands, a word of a description's first
 * group stands, or two hyphenated words join into a word the
 * vocabulary knows; in every such case this answers true, so it never loses a match.
 *
 * Kept apart from the full read on purpose: a small loop lets the engine inline the cursor,
 * which made this walk about twice as fast as the full read with its arrays.
 */
export function mayHoldCandidates({
  text,
  index,
  fuzzy,
}: {
  /** The normalised paragraph. */
  text: string;
  index: PhraseIndex;
  /** The near-miss index, or null when near misses are off. */
  fuzzy: FuzzyIndex | null;
}): boolean {
  const { vocabulary, automaton, opensPhrase, describes } = index;
  const word = cursor.reset(text);
  let state = 0;
  let sentence = 0;
  let previousStart = 0;
  let previousEnd = 0;
  while (word.next()) {
    if (word.sentence !== sentence) {
      sentence = word.sentence;
      state = 0;
    }
    if (
      word.hyphenated &&
      vocabulary.familyOf(
        text.slice(previousStart, previousEnd) + text.slice(word.start, word.end),
      ) >= 0
    ) {
      return true;
    }
    previousStart = word.start;
    previousEnd = word.end;
    const family = vocabulary.familyAt(text, word.start, word.end);
    if (family < 0) {
      state = 0;
      continue;
    }
    // A description needs a word of its first group: where one stands, it may be there.
    if (describes[family] === 1) return true;
    if (fuzzy && phrasesAnchoredBy({ fuzzy, family, length: word.end - word.start })) return true;
    state = automaton.step(state, family);
    for (const pattern of automaton.outputsAt(state)) if (opensPhrase[pattern]) return true;
  }
  return false;
}

// One cursor for every paragraph: the matcher reads one paragraph at a time.
const cursor = new WordCursor();
