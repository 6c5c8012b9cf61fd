// @vitest-environment node
/**
 * Properties over any input: offsets always land inside the original text, normalising twice
 * changes nothing, and no string (any Unicode, lone surrogates, very long, empty) makes the
 * matcher throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/matcher/index';
import {
  normaliseText,
  normaliseTextOnly,
  toOriginalRange,
} from '../../../utils/matcher/normalise';
import { tokenise } from '../../../utils/matcher/tokenise';
import { sampleEntries } from './sample-entries';

// Any UTF-16 code unit, lone surrogates included: what a page's text nodes can hold.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
// Pieces that exercise every rule: folds, quotes, dashes, invisibles, article references.
const newsPiece = fc.constantFrom(
  'NATO',
  'Article',
  'Art.',
  ' V',
  ' 5',
  'статья',
  "п'ята",
  ' ',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '’s',
  '“',
  '”',
  '—',
  '-',
  '.',
  'ß',
  'İ',
  'ﬁ',
  'ё',
  'ł',
  '𝐍',
  '\ud800',
  'security guarantees',
  'Sicherheitsgarantien',
  'гарантій безпеки',
  'cessez-le-feu',
);
const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: newsPiece, maxLength: 60 }),
);

describe('normalisation properties', () => {
  it('maps every normalised character inside the original text, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalised = normaliseText(text);
        let previous = 0;
        for (let i = 0; i < normalised.text.length; i++) {
          const start = normalised.starts[i] ?? -1;
          const end = normalised.ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = start;
        }
      }),
    );
  });

  it('maps any range of the normalised text to a range inside the original', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const normalised = normaliseText(text);
        const length = normalised.text.length;
        const start = length === 0 ? 0 : a % (length + 1);
        const end = Math.max(start, length === 0 ? 0 : b % (length + 1));
        const range = toOriginalRange({ normalised, start, end });
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeGreaterThanOrEqual(range.start);
        expect(range.end).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normaliseText(text).text;
        expect(normaliseText(once).text).toBe(once);
      }),
    );
  });

  it('gives the same text with or without the offset map', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normaliseTextOnly(text)).toBe(normaliseText(text).text);
      }),
    );
  });

  it('gives the same text on the fast path for English with curly quotes and dashes', () => {
    const englishWithTypography = fc.string({
      unit: fc.constantFrom(...'Aa Zz.,;:-\'"09\u2018\u2019\u201c\u201d\u2013\u2014'),
    });
    fc.assert(
      fc.property(englishWithTypography, (text) => {
        expect(normaliseTextOnly(text)).toBe(normaliseText(text).text);
      }),
    );
    expect(normaliseTextOnly('Kyiv\u2019s \u201cSecurity\u201d \u2013 Guarantees')).toBe(
      'kyiv\'s "security" - guarantees',
    );
  });

  it('tokenises into words inside the text, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalised = normaliseText(text).text;
        const tokens = tokenise(normalised);
        let previousEnd = 0;
        for (let i = 0; i < tokens.count; i++) {
          expect(tokens.starts[i]).toBeGreaterThanOrEqual(previousEnd);
          expect(tokens.ends[i]).toBeGreaterThan(tokens.starts[i] ?? 0);
          previousEnd = tokens.ends[i] ?? 0;
        }
        expect(previousEnd).toBeLessThanOrEqual(normalised.length);
      }),
    );
  });
});

describe('matcher properties', () => {
  const matcher = createMatcher({ entries: sampleEntries });

  it('never throws and returns ranges inside the text, never two of one entry overlapping', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, pageText) => {
        const matches = matcher.findConcepts({ text, pageText });
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
        }
        for (const a of matches) {
          for (const b of matches) {
            if (a === b || a.entryId !== b.entryId) continue;
            expect(a.end <= b.start || b.end <= a.start).toBe(true);
          }
        }
      }),
    );
  });

  it('handles the empty string and very long text', () => {
    expect(matcher.findConcepts({ text: '' })).toEqual([]);
    const long = 'Kyiv wants security guarantees. '.repeat(5_000);
    const matches = matcher.findConcepts({ text: long, pageText: long });
    expect(matches).toHaveLength(5_000);
    expect(long.slice(matches[0]?.start, matches[0]?.end)).toBe('security guarantees');
    const noise = '\ud800\u00ad—'.repeat(20_000);
    expect(matcher.findConcepts({ text: noise })).toEqual([]);
  });
});
