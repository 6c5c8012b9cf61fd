import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../entrypoints/content/highlight-styles';

const topics = [
  { id: 'nato', title: 'NATO', description: '', color: '#2563eb' },
  { id: 'guarantees', title: 'Guarantees', description: '', color: '#d97706' },
];

describe('highlightCss', () => {
  it('writes one ::highlight rule per topic, named treaty-lens-<topic>', () => {
    const css = highlightCss({ topics, markStyle: 'underline', topicColors: {} });
    expect(css).toContain(
      '::highlight(treaty-lens-nato){text-decoration:underline dotted #2563eb;',
    );
    expect(css).toContain('::highlight(treaty-lens-guarantees)');
  });

  it('switches to a background style and takes valid colour overrides only', () => {
    const css = highlightCss({
      topics,
      markStyle: 'background',
      topicColors: { nato: 'teal', guarantees: 'red;} body{display:none' },
    });
    expect(css).toContain(
      '::highlight(treaty-lens-nato){background-color:color-mix(in srgb,teal 24%',
    );
    expect(css).toContain('color-mix(in srgb,#d97706 24%');
    expect(css).not.toContain('display:none');
  });
});
