/**
 * Sentence boundaries in the knowledge base's own texts (English summaries and treaty
 * articles), for the hover card that shows the first sentences of a summary and the one
 * sentence of an article that an entry quotes. Every piece returned is a slice of the text
 * it was given, so a treaty quote stays verbatim.
 */

/** Words whose full stop does not end a sentence ("U.S. forces", "Art. 5", "Mr. Biden"). */
const abbreviation =
  /(?:\b(?:[A-Z]\.){2,}|\b(?:Art|No|Mr|Mrs|Ms|Dr|St|Gen|Col|Jr|Sr|vs|etc|e\.g|i\.e)\.)$/;

/** Start offsets of every sentence in `text` (0 first): after ". ", "? ", "! " or a line break. */
export function sentenceStarts({ text }: { text: string }): number[] {
  const starts = [0];
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n+/g;
  for (let found = boundary.exec(text); found; found = boundary.exec(text)) {
    const before = text.slice(0, found.index + 1);
    if (found[0][0] !== '\n' && abbreviation.test(before)) continue;
    starts.push(found.index + found[0].length);
  }
  return starts;
}

/** The first `count` sentences of `text`, and the rest (empty when there is none). */
export function leadSentences({ text, count }: { text: string; count: number }): {
  lead: string;
  rest: string;
} {
  const starts = sentenceStarts({ text });
  const cut = starts[count];
  if (cut === undefined) return { lead: text.trim(), rest: '' };
  return { lead: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}

/**
 * The whole sentence of `text` that holds `excerpt` (the first sentence when there is no
 * excerpt or it is not found). A verbatim slice of the article, so the reader sees the clause
 * the excerpt leads into ("... such action as it deems necessary ...") without any edit.
 */
export function sentenceAround({ text, excerpt }: { text: string; excerpt?: string }): string {
  const at = excerpt ? text.indexOf(excerpt) : -1;
  const starts = sentenceStarts({ text });
  const position = Math.max(at, 0);
  let start = 0;
  let end = text.length;
  for (const candidate of starts) {
    if (candidate <= position) start = candidate;
    else {
      end = candidate;
      break;
    }
  }
  // An excerpt that runs over a sentence boundary keeps all of itself.
  if (at >= 0 && at + (excerpt?.length ?? 0) > end) {
    end = starts.find((candidate) => candidate >= at + (excerpt?.length ?? 0)) ?? text.length;
  }
  return text.slice(start, end).trim();
}
