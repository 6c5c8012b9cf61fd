// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fnv1a, isHeldOut, splitHeldOut } from '../../eval/held-out';
import { isHardNegative, scoreLines } from '../../eval/scoring';

describe('held-out split', () => {
  it('hashes with FNV-1a (known values)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('keeps every line of one article on the same side', () => {
    const lines = Array.from({ length: 200 }, (_, i) => ({
      source: `https://example.org/${i % 40}`,
    }));
    const { heldOut, rest } = splitHeldOut(lines);
    expect(heldOut.length + rest.length).toBe(200);
    for (const line of heldOut)
      expect(rest.some((other) => other.source === line.source)).toBe(false);
    // About one fifth of 40 articles, never none or all.
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.length).toBeLessThan(100);
    expect(isHeldOut({ source: 'https://example.org/3' })).toBe(
      isHeldOut({ source: 'https://example.org/3' }),
    );
  });
});

describe('scoring', () => {
  it('counts an optional id neither way', () => {
    const lines = [
      { text: 'a', expect: ['x'], optional: ['y'] },
      { text: 'b', expect: ['x'], optional: ['y'] },
    ];
    const { overall } = scoreLines({ lines, found: [['x', 'y'], ['x']] });
    expect(overall).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it('still counts a found id that is neither expected nor optional', () => {
    const { overall } = scoreLines({
      lines: [{ text: 'a', expect: [], optional: ['y'] }],
      found: [['z']],
    });
    expect(overall.falsePositives).toBe(1);
  });

  it('tells hard negatives by an empty expect or a near-miss note', () => {
    expect(isHardNegative({ text: '', expect: [] })).toBe(true);
    expect(isHardNegative({ text: '', expect: ['x'], note: 'near-miss: other story' })).toBe(true);
    expect(isHardNegative({ text: '', expect: ['x'] })).toBe(false);
  });
});
