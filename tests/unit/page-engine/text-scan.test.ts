import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../entrypoints/content/text-blocks';
import { createTextBlockReader } from '../../../entrypoints/content/text-scan';

function readAll(root: Node): { blocks: TextBlock[]; shadowRoots: ShadowRoot[] } {
  const reader = createTextBlockReader({ root });
  const blocks: TextBlock[] = [];
  for (;;) {
    // A tiny budget per call proves the reader resumes where it stopped.
    const { blocks: read, done } = reader.read({ maxNodes: 2 });
    blocks.push(...read);
    if (done) return { blocks, shadowRoots: reader.shadowRoots };
  }
}

describe('createTextBlockReader', () => {
  it('joins text split across inline elements into one block per paragraph', () => {
    document.body.innerHTML =
      '<p id="a">What <a href="#">security</a> <em>guarantees</em> mean</p><p id="b">Second</p>';
    const { blocks } = readAll(document.body);
    expect(blocks.map((block) => block.text)).toEqual(['What security guarantees mean', 'Second']);
    expect((blocks[0]?.container as Element | undefined)?.id).toBe('a');
    expect(blocks[0]?.pieces.map((piece) => piece.start)).toEqual([0, 5, 13, 14, 24]);
  });

  it('skips scripts, styles, form fields, editable regions, code and hidden elements', () => {
    document.body.innerHTML = `<div>
      <script>var securityGuarantees = 1;</script><style>p{}</style><noscript>no</noscript>
      <textarea>typed text</textarea><input value="x"><select><option>opt</option></select>
      <div contenteditable="true">editable text</div><code>code text</code>
      <p hidden>hidden text</p><template><p>template text</p></template><p>kept text</p></div>`;
    const text = readAll(document.body)
      .blocks.map((block) => block.text)
      .join('|');
    expect(text).toContain('kept text');
    for (const skipped of [
      'security',
      'typed',
      'opt',
      'editable',
      'code text',
      'hidden',
      'template',
    ]) {
      expect(text).not.toContain(skipped);
    }
  });

  it('reads on after a skipped element that ends several levels of the page', () => {
    // The skipped <code> is the last node of its <em>, <p> and <section>: reading resumes at
    // the next paragraph up the tree, and text inside the skipped part stays unread.
    document.body.innerHTML =
      '<section><p>First <em>part <code>skipped <b>deep</b></code></em></p></section>' +
      '<p>After <button>press <i>me</i></button>it</p>';
    expect(readAll(document.body).blocks.map((block) => block.text)).toEqual([
      'First part ',
      'After it',
    ]);
  });

  it('separates text around a <br> with a line break that maps to no node', () => {
    document.body.innerHTML = '<p>security<br>guarantees</p>';
    const [block] = readAll(document.body).blocks;
    expect(block?.text).toBe('security\nguarantees');
    expect(block?.pieces.map((piece) => piece.start)).toEqual([0, 9]);
  });

  it('reports open shadow roots so they are read too', () => {
    document.body.innerHTML = '<div id="host"></div><p>outside</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside the shadow</p>';
    const { blocks, shadowRoots } = readAll(document.body);
    expect(shadowRoots).toEqual([shadow]);
    expect(blocks.map((block) => block.text)).toEqual(['outside']);
    expect(readAll(shadow).blocks.map((block) => block.text)).toEqual(['inside the shadow']);
  });

  it('never reads inside the card host', () => {
    document.body.innerHTML = '<treaty-lens-card><p>card text</p></treaty-lens-card><p>page</p>';
    expect(readAll(document.body).blocks.map((block) => block.text)).toEqual(['page']);
  });
});
