import { type ContextPattern, type ContextWords, compilePattern } from './context-rules';
import story from './story.json';

/**
 * Which story a match stands in: the Russia–Ukraine–NATO story the knowledge base explains, or
 * another one that shares its words (security guarantees for North Korea, a ceasefire in Gaza
 * or between Armenia and Azerbaijan, the red line of a metro, Article V of the US–Japan treaty,
 * a sphere of influence in Latin America, peacekeepers in Lebanon, the Iraq-2003 coalition of
 * the willing, a literal tripwire). One notion for every entry, as data (story.json), rather than
 * a rule per phrase.
 *
 * The nearest sign decides: first in the match's sentence, then in its paragraph, then (when the
 * page is known) by which story the page names more often. "unknown" when nothing says. A sign
 * of another domain (a metro line, a constitution, a booby trap) in the sentence decides alone.
 */
export type Story = 'ours' | 'other' | 'unknown';

interface Compiled {
  ours: ContextPattern[];
  others: ContextPattern[];
  domains: ContextPattern[];
}

let compiled: Compiled | undefined;
function patterns(): Compiled {
  compiled ??= {
    ours: story.ours.map(compilePattern),
    others: story.others.flatMap((other) => other.words.map(compilePattern)),
    domains: story.others.flatMap((other) =>
      'domain' in other && other.domain ? other.words.map(compilePattern) : [],
    ),
  };
  return compiled;
}

export function storyAround({
  paragraph,
  sentences,
  start,
  end,
  page,
}: {
  paragraph: ContextWords;
  /** Sentence number of each word of the paragraph. */
  sentences: readonly number[];
  /** The match: words `[start, end)` of the paragraph. */
  start: number;
  end: number;
  page: (() => ContextWords) | null;
}): Story {
  const { ours, others, domains } = patterns();
  const positions = (list: ContextPattern[]) =>
    list.flatMap((pattern) => paragraph.occurrences(pattern).map((found) => found.start));
  const sentence = sentences[start];
  const inSentence = (at: number) => sentences[at] === sentence;
  // "The red line of the Moscow metro": another sense of the words, wherever the place.
  if (positions(domains).some(inSentence)) return 'other';
  const oursAt = positions(ours);
  const othersAt = positions(others);
  const verdict =
    nearer({ ours: oursAt.filter(inSentence), others: othersAt.filter(inSentence), start, end }) ??
    nearer({ ours: oursAt, others: othersAt, start, end });
  if (verdict) return verdict;
  if (!page) return 'unknown';
  const words = page();
  const count = (list: ContextPattern[]) =>
    list.reduce((sum, pattern) => sum + words.occurrences(pattern).length, 0);
  const oursOnPage = count(ours);
  const othersOnPage = count(others);
  if (othersOnPage > oursOnPage) return 'other';
  return oursOnPage > 0 ? 'ours' : 'unknown';
}

/** The story whose sign stands nearest the match, or undefined when neither has one. */
function nearer({
  ours,
  others,
  start,
  end,
}: {
  ours: readonly number[];
  others: readonly number[];
  start: number;
  end: number;
}): Story | undefined {
  if (ours.length === 0 && others.length === 0) return undefined;
  if (others.length === 0) return 'ours';
  if (ours.length === 0) return 'other';
  const distance = (at: number) => (at < start ? start - at : at >= end ? at - end + 1 : 0);
  const closest = (list: readonly number[]) => Math.min(...list.map(distance));
  return closest(others) < closest(ours) ? 'other' : 'ours';
}
