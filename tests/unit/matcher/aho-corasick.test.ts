// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseAutomaton } from '../../../utils/matcher/aho-corasick';

type Found = [pattern: number, start: number, end: number];

function scan(patterns: number[][], symbols: number[], sentences?: number[]): Found[] {
  const automaton = PhraseAutomaton.build(patterns, 10);
  const found: Found[] = [];
  automaton.scan({
    symbols,
    sentences: sentences ?? symbols.map(() => 0),
    onMatch: (pattern, start, end) => found.push([pattern, start, end]),
  });
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** Every occurrence of every pattern, the slow way. */
function naive(patterns: number[][], symbols: number[]): Found[] {
  const found: Found[] = [];
  patterns.forEach((pattern, id) => {
    for (let start = 0; start + pattern.length <= symbols.length; start++) {
      if (pattern.every((symbol, k) => symbols[start + k] === symbol)) {
        found.push([id, start, start + pattern.length]);
      }
    }
  });
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('PhraseAutomaton', () => {
  it('finds overlapping and nested patterns through failure links', () => {
    const patterns = [
      [1, 2, 3],
      [2, 3],
      [3, 4],
      [1, 2, 3, 4],
    ];
    expect(scan(patterns, [0, 1, 2, 3, 4])).toEqual([
      [0, 1, 4],
      [3, 1, 5],
      [1, 2, 4],
      [2, 3, 5],
    ]);
  });

  it('starts again after an unknown word and at a new sentence', () => {
    expect(scan([[1, 2]], [1, -1, 2, 1, 2])).toEqual([[0, 3, 5]]);
    expect(scan([[1, 2]], [1, 2, 1, 2], [0, 1, 1, 1])).toEqual([[0, 2, 4]]);
  });

  it('finds exactly what a naive search finds', () => {
    const symbol = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.array(symbol, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.array(symbol, { maxLength: 60 }),
        (patterns, symbols) => {
          expect(scan(patterns, symbols)).toEqual(naive(patterns, symbols));
        },
      ),
    );
  });
});
