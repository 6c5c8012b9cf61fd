import { type ContextPattern, compilePattern, matchesWord } from './context-rules';
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
  /** Patterns by the first letter of their first word, with the kind of sign each is. */
  byFirstLetter: Map<number, { pattern: ContextPattern; kind: Kind }[]>;
}

type Kind = 'ours' | 'other' | 'domain';

let compiled: Compiled | undefined;
function patterns(): Compiled {
  if (compiled) return compiled;
  const byFirstLetter = new Map<number, { pattern: ContextPattern; kind: Kind }[]>();
  const add = (words: string, kind: Kind) => {
    const pattern = compilePattern(words);
    const first = pattern[0]?.text.charCodeAt(0) ?? -1;
    byFirstLetter.set(first, [...(byFirstLetter.get(first) ?? []), { pattern, kind }]);
  };
  for (const words of story.ours) add(words, 'ours');
  for (const other of story.others) {
    const kind = 'domain' in other && other.domain ? 'domain' : 'other';
    for (const words of other.words) add(words, kind);
  }
  compiled = { byFirstLetter };
  return compiled;
}

/** Where each kind of sign stands in a text (word positions, in order). */
interface Signs {
  ours: number[];
  other: number[];
  domain: number[];
}

/**
 * One walk over the words for every sign at once (a pattern per first letter), done once per
 * paragraph or page however many matches ask: a page can have dozens.
 */
const signsOf = new WeakMap<object, Signs>();
export function readSigns(words: {
  count: number;
  text: string;
  starts: ArrayLike<number>;
  word(i: number): string;
}): Signs {
  const known = signsOf.get(words);
  if (known) return known;
  const { byFirstLetter } = patterns();
  const signs: Signs = { ours: [], other: [], domain: [] };
  for (let i = 0; i < words.count; i++) {
    const candidates = byFirstLetter.get(words.text.charCodeAt(words.starts[i] ?? 0));
    if (!candidates) continue;
    for (const { pattern, kind } of candidates) {
      if (i + pattern.length > words.count) continue;
      if (pattern.every((part, k) => matchesWord(words.word(i + k), part))) {
        signs[kind].push(i);
        if (kind === 'domain') signs.other.push(i);
      }
    }
  }
  signsOf.set(words, signs);
  return signs;
}

export function storyAround({
  paragraph,
  sentences,
  start,
  end,
  page,
}: {
  /** The paragraph's words. */
  paragraph: { count: number; text: string; starts: ArrayLike<number>; word(i: number): string };
  /** Sentence number of each word of the paragraph. */
  sentences: readonly number[];
  /** The match: words `[start, end)` of the paragraph. */
  start: number;
  end: number;
  /** The page's words, read on first call; null when the page is not known. */
  page:
    | (() => { count: number; text: string; starts: ArrayLike<number>; word(i: number): string })
    | null;
}): Story {
  const signs = readSigns(paragraph);
  const sentence = sentences[start];
  const inSentence = (at: number) => sentences[at] === sentence;
  // "The red line of the Moscow metro": another sense of the words, wherever the place.
  if (signs.domain.some(inSentence)) return 'other';
  const verdict =
    nearer({
      ours: signs.ours.filter(inSentence),
      others: signs.other.filter(inSentence),
      start,
      end,
    }) ?? nearer({ ours: signs.ours, others: signs.other, start, end });
  if (verdict) return verdict;
  if (!page) return 'unknown';
  const pageWords = page();
  const onPage = readSigns(pageWords);
  if (onPage.other.length > onPage.ours.length) return 'other';
  return isAboutTheStory({ signs: onPage.ours.length, words: pageWords.count })
    ? 'ours'
    : 'unknown';
}

/**
 * A page is about the story when it names it more than in passing: an article on the war names
 * Kyiv, Moscow or NATO every few dozen words, while a long page on another subject may name
 * them once or twice (a party congress report that mentions a "pro-Russian speech" and a former
 * NATO officer is not about the negotiations).
 */
const minimumPageSigns = 3;
const wordsPerSign = 1000;
function isAboutTheStory({ signs, words }: { signs: number; words: number }): boolean {
  return signs >= minimumPageSigns && signs * wordsPerSign >= words;
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
