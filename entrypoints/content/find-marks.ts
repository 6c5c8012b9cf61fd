import type { Matcher } from '../../utils/matcher/index';
import type { ConceptMark } from './concept-marks';
import { pointInBlock, type TextBlock } from './text-blocks';

/**
 * Runs the matcher over one text block and turns each concept it finds into a mark on the
 * block's text nodes. `pageText` lets context rules with `scope: 'page'` see the whole page.
 */
export function findMarksInBlock({
  block,
  matcher,
  pageText,
  topicOf,
}: {
  block: TextBlock;
  matcher: Matcher;
  pageText: string;
  topicOf: (entryId: string) => string | undefined;
}): ConceptMark[] {
  const marks: ConceptMark[] = [];
  for (const match of matcher.findConcepts({ text: block.text, pageText })) {
    const topic = topicOf(match.entryId);
    if (topic === undefined || match.end <= match.start) continue;
    const start = pointInBlock({ block, offset: match.start, edge: 'start' });
    const end = pointInBlock({ block, offset: match.end, edge: 'end' });
    const nodes = block.pieces
      .slice(start.pieceIndex, end.pieceIndex + 1)
      .map((piece) => piece.node);
    const range = (start.node.ownerDocument ?? document).createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    marks.push({ entryId: match.entryId, topic, language: match.language, range, nodes });
  }
  return marks;
}
