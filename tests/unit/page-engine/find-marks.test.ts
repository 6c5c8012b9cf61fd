import { describe, expect, it } from 'vitest';
import { createMarkStore } from '../../../entrypoints/content/concept-marks';
import { findMarksInBlock } from '../../../entrypoints/content/find-marks';
import type { TextBlock } from '../../../entrypoints/content/text-blocks';
import { createTextBlockReader } from '../../../entrypoints/content/text-scan';
import { createMatcher } from '../../../utils/matcher/index';
import { testEntries } from './test-entries';

const matcher = createMatcher({ entries: testEntries });
const topicOf = (entryId: string) => testEntries.find((entry) => entry.id === entryId)?.topic;

function blocksOf(html: string): TextBlock[] {
  document.body.innerHTML = html;
  return createTextBlockReader({ root: document.body }).read({ maxNodes: 10_000 }).blocks;
}

function marksOf(html: string) {
  return blocksOf(html).flatMap((block) =>
    findMarksInBlock({ block, matcher, pageText: block.text, topicOf }),
  );
}

describe('findMarksInBlock', () => {
  it('maps a match spanning inline elements to the right text nodes and offsets', () => {
    const [mark] = marksOf('<p>What <a href="#">security</a> <em>guarantees</em> mean</p>');
    expect(mark?.entryId).toBe('security-guarantees');
    expect(mark?.topic).toBe('guarantees');
    expect(mark?.range.startContainer.textContent).toBe('security');
    expect(mark?.range.startOffset).toBe(0);
    expect(mark?.range.endContainer.textContent).toBe('guarantees');
    expect(mark?.range.endOffset).toBe('guarantees'.length);
    expect(mark?.nodes.map((node) => node.data)).toEqual(['security', ' ', 'guarantees']);
  });

  it('marks each occurrence inside a single text node', () => {
    const marks = marksOf('<p>Article 5 and tripwire force, then Article 5 again.</p>');
    expect(
      marks.map((mark) => [mark.entryId, mark.range.startOffset, mark.range.endOffset]),
    ).toEqual([
      ['nato-article-5', 0, 9],
      ['tripwire-force', 14, 28],
      ['nato-article-5', 35, 44],
    ]);
  });

  it('ends a mark at the end of a node, not the start of the next one', () => {
    const [mark] = marksOf('<p><b>Article 5</b><i> of the treaty</i></p>');
    expect(mark?.range.endContainer.textContent).toBe('Article 5');
    expect(mark?.nodes).toHaveLength(1);
  });
});

describe('createMarkStore', () => {
  it('indexes marks by every node they touch, skips duplicates and removes cleanly', () => {
    const store = createMarkStore();
    const marks = marksOf('<p>What <b>security</b> guarantees mean; Article 5.</p>');
    for (const mark of marks) expect(store.add(mark)).toBe(true);
    const again = marksOf('<p>x</p>');
    expect(again).toHaveLength(0);
    const [first] = marks;
    if (!first) throw new Error('no mark');
    expect(store.add({ ...first })).toBe(false);
    for (const node of first.nodes) expect(store.marksOnNode(node)).toContain(first);
    expect(store.removeWhere((mark) => mark === first)).toEqual([first]);
    for (const node of first.nodes) expect(store.marksOnNode(node)).not.toContain(first);
    expect(store.size).toBe(marks.length - 1);
  });
});
