/**
 * PLACEHOLDER matcher (exact, case-insensitive English phrases only). The matcher issue
 * replaces this file's internals; the exported API is the contract the page engine,
 * popup and node tools rely on.
 */
import type { ContextRule, Language } from '../../knowledge/types';

/** What the matcher needs to know about an entry. */
export interface MatchableEntry {
  id: string;
  topic: string;
  phrases: Partial<Record<Language, string[]>>;
  context?: ContextRule[];
}

/** One concept found in a text, with offsets into the original (un-normalised) text. */
export interface ConceptMatch {
  entryId: string;
  start: number;
  end: number;
  /** 1 for an exact phrase match, lower for fuzzy ones. */
  score: number;
  /** The knowledge-base phrase that matched. */
  phrase: string;
}

export interface FindConceptsInput {
  /** One paragraph of text. */
  text: string;
  /** Text of the whole page, for context rules with `scope: 'page'`. */
  pageText?: string;
}

export interface Matcher {
  findConcepts(input: FindConceptsInput): ConceptMatch[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createMatcher({ entries }: { entries: MatchableEntry[] }): Matcher {
  const phraseToEntry = new Map<string, string>();
  for (const entry of entries) {
    for (const phrase of entry.phrases.en ?? []) phraseToEntry.set(phrase.toLowerCase(), entry.id);
  }
  const phrases = [...phraseToEntry.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:${phrases.map(escapeRegExp).join('|')})\\b`, 'gi');
  return {
    findConcepts({ text }) {
      if (phrases.length === 0) return [];
      const matches: ConceptMatch[] = [];
      for (const found of text.matchAll(pattern)) {
        const phrase = found[0].toLowerCase();
        const entryId = phraseToEntry.get(phrase);
        if (entryId) {
          matches.push({ entryId, start: found.index, end: found.index + found[0].length, score: 1, phrase });
        }
      }
      return matches;
    },
  };
}
