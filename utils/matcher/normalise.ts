import { canonicaliseArticleReferences, canonicaliseArticleText } from './article-references';
import { foldCharacters, foldText } from './fold-characters';
import type { NormalisedText } from './normalised-text';

export type { NormalisedText } from './normalised-text';
export { toOriginalRange } from './normalised-text';

/**
 * The text the matcher reads: folded characters (case, diacritics, dashes, quotes, apostrophes,
 * whitespace) and canonical article references ("Art. V" → "article5"), with a map back to the
 * original offsets. Phrases from the knowledge base go through the same function, so a phrase
 * and the page agree on every rule here. Idempotent: normalising twice changes nothing.
 */
export function normaliseText(text: string): NormalisedText {
  return canonicaliseArticleReferences(foldCharacters(text));
}

/**
 * `normaliseText(text).text` without the offset map. The matcher reads every paragraph this way
 * and maps offsets (normalising again) only for the few paragraphs where it finds something.
 */
export function normaliseTextOnly(text: string): string {
  return canonicaliseArticleText(foldText(text));
}
