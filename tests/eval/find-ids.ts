import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { createMatcher, type Matcher } from '../../utils/matcher/index';

/** The matcher with the knowledge base on disk and default settings, as the extension runs it. */
export function createDefaultMatcher(): Matcher {
  return createMatcher({ entries: loadKnowledgeBaseFromDisk().entries });
}

/** Distinct entry ids the extension would highlight in one paragraph, in order of appearance. */
export function idsInParagraph({ matcher, text }: { matcher: Matcher; text: string }): string[] {
  return [...new Set(matcher.findConcepts({ text }).map((match) => match.entryId))];
}
