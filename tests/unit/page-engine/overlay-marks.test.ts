import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ConceptMark } from '../../../entrypoints/content/concept-marks';
import { createOverlayLayer, overlayMarksItem } from '../../../entrypoints/content/overlay-marks';

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('createOverlayLayer (fallback without CSS Custom Highlights)', () => {
  it('is off unless the reader turns it on', async () => {
    expect(await overlayMarksItem().getValue()).toBe(false);
  });

  it('adds its layer only once there is a mark, and removes it when the script goes away', async () => {
    document.body.innerHTML = '<p id="p">What security guarantees mean</p>';
    const ctx = new ContentScriptContext('overlay-test');
    const layer = createOverlayLayer({
      ctx,
      topics: [{ id: 'guarantees', title: 'G', description: '', color: '#d97706' }],
    });
    layer.show([]);
    await nextFrame();
    expect(document.querySelector('treaty-lens-marks')).toBeNull();

    const text = document.getElementById('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 24);
    const mark: ConceptMark = {
      entryId: 'security-guarantees',
      topic: 'guarantees',
      range,
      nodes: [text],
    };
    layer.add(mark);
    await nextFrame();
    expect(document.querySelector('treaty-lens-marks')?.shadowRoot).not.toBeNull();
    // The page's own text is untouched: no element was wrapped around it.
    expect(document.getElementById('p')?.childNodes).toHaveLength(1);

    ctx.abort();
    expect(document.querySelector('treaty-lens-marks')).toBeNull();
  });
});
