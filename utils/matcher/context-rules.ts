import type { ContextRule } from '../../knowledge/types';
import { isInflectionOf } from './inflection';
import { normaliseText } from './normalise';
import { tokenise } from './tokenise';

/** A context word or words: each matches one page word, as a whole word or as a prefix. */
export type ContextPattern = { text: string; prefix: boolean }[];

/** A context rule ready to check; `phrases` holds normalised phrase texts. */
export interface CompiledRule {
  phrases: Set<string> | null;
  requireAny: ContextPattern[] | null;
  rejectAny: ContextPattern[];
  scope: 'paragraph' | 'page';
  within: number | null;
  orInStory: boolean;
}

export function compileRules(rules: readonly ContextRule[] | undefined): CompiledRule[] {
  return (rules ?? []).map((rule) => ({
    phrases: rule.phrases ? new Set(rule.phrases.map((p) => normaliseText(p).text.trim())) : null,
    requireAny: rule.requireAny ? rule.requireAny.map(compilePattern) : null,
    rejectAny: (rule.rejectAny ?? []).map(compilePattern),
    scope: rule.scope ?? 'paragraph',
    within: rule.within ?? null,
    orInStory: rule.orInStory ?? false,
  }));
}

export function compilePattern(words: string): ContextPattern {
  const text = normaliseText(words).text;
  const tokens = tokenise(text);
  return tokens.words.map((word, i) => ({
    text: word,
    prefix: text.charAt(tokens.ends[i] ?? 0) === '*',
  }));
}

/**
 * Finds context words in one text (a paragraph or the page), each pattern looked up once and
 * only when a rule asks: most paragraphs have no candidate and never pay for this.
 */
export class ContextWords {
  private readonly found = new Map<ContextPattern, { start: number; end: number }[]>();
  constructor(
    private readonly page: {
      count: number;
      text: string;
      starts: ArrayLike<number>;
      word(i: number): string;
    },
  ) {}

  /** The words read. */
  get words() {
    return this.page;
  }

  occurrences(pattern: ContextPattern): { start: number; end: number }[] {
    let list = this.found.get(pattern);
    if (list) return list;
    list = [];
    const { page } = this;
    // A page has tens of thousands of words: compare first letters before making any string.
    const firstLetter = pattern[0]?.text.charCodeAt(0) ?? -1;
    for (let i = 0; i + pattern.length <= page.count; i++) {
      if (page.text.charCodeAt(page.starts[i] ?? 0) !== firstLetter) continue;
      if (pattern.every((part, k) => matchesWord(page.word(i + k), part))) {
        list.push({ start: i, end: i + pattern.length });
      }
    }
    this.found.set(pattern, list);
    return list;
  }
}

export function matchesWord(word: string, part: { text: string; prefix: boolean }): boolean {
  if (part.prefix) return word.startsWith(part.text);
  if (part.text.length <= 3) return word === part.text;
  return isInflectionOf({ word, base: part.text });
}

/** Whether a match of words `[start, end)` of the phrase `phrase` passes every rule guarding it. */
export function passesRules({
  rules,
  phrase,
  start,
  end,
  paragraph,
  page,
  inStory,
}: {
  rules: readonly CompiledRule[];
  phrase: string;
  start: number;
  end: number;
  paragraph: ContextWords;
  /** The page's context words, read on first call; null when the page is not known. */
  page: (() => ContextWords) | null;
  /** Whether the match stands in the Russia–Ukraine–NATO story (story.ts), for `orInStory` rules. */
  inStory?: () => boolean;
}): boolean {
  return rules.every((rule) => {
    if (rule.phrases && !rule.phrases.has(phrase)) return true;
    const inParagraph = (pattern: ContextPattern) => {
      const found = paragraph.occurrences(pattern);
      if (rule.within === null) return found.length > 0;
      // The first occurrence ending after the window opens decides (occurrences are in order).
      const next = found[firstEndingAfter(found, start - rule.within)];
      return next !== undefined && next.start < end + rule.within;
    };
    if (rule.rejectAny.some(inParagraph)) return false;
    if (!rule.requireAny) return true;
    return (
      rule.requireAny.some(
        (pattern) =>
          inParagraph(pattern) ||
          (rule.scope === 'page' &&
            rule.within === null &&
            page !== null &&
            page().occurrences(pattern).length > 0),
      ) ||
      (rule.orInStory && inStory?.() === true)
    );
  });
}

/** Index of the first occurrence ending after `position`, in a list sorted by start and end. */
function firstEndingAfter(sorted: readonly { end: number }[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}
