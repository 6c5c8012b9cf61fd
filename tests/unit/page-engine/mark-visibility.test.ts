import { describe, expect, it } from 'vitest';
import type { ConceptMark } from '../../../entrypoints/content/concept-marks';
import { isPausedOn, markVisibility } from '../../../entrypoints/content/mark-visibility';
import { pageSummaryOf } from '../../../entrypoints/content/page-summary';
import { testEntries } from './test-entries';

function fakeMark(entryId: string, topic: string): ConceptMark {
  return { entryId, topic, range: document.createRange(), nodes: [] };
}

const first = fakeMark('security-guarantees', 'guarantees');
const second = fakeMark('security-guarantees', 'guarantees');
const article5 = fakeMark('nato-article-5', 'nato');
const inOrder = [first, article5, second];
const settings = {
  disabledTopics: [] as string[],
  disabledEntries: [] as string[],
  calmMode: false,
};

describe('markVisibility', () => {
  it('shows every mark by default', () => {
    const shown = markVisibility({ settings, marksInDocumentOrder: inOrder });
    expect(inOrder.map(shown)).toEqual([true, true, true]);
  });

  it('hides switched-off topics and entries', () => {
    const noNato = markVisibility({
      settings: { ...settings, disabledTopics: ['nato'] },
      marksInDocumentOrder: inOrder,
    });
    expect(inOrder.map(noNato)).toEqual([true, false, true]);
    const noGuarantees = markVisibility({
      settings: { ...settings, disabledEntries: ['security-guarantees'] },
      marksInDocumentOrder: inOrder,
    });
    expect(inOrder.map(noGuarantees)).toEqual([false, true, false]);
  });

  it('shows only the first occurrence of each concept in calm mode', () => {
    const calm = markVisibility({
      settings: { ...settings, calmMode: true },
      marksInDocumentOrder: inOrder,
    });
    expect(inOrder.map(calm)).toEqual([true, true, false]);
  });
});

describe('isPausedOn', () => {
  const base = {
    siteMode: 'news' as const,
    allowSites: [] as string[],
    denySites: [] as string[],
    pausedSites: [] as string[],
  };
  it('pauses on denied hosts and their subdomains', () => {
    expect(
      isPausedOn({
        settings: { ...base, denySites: ['example.org'] },
        hostname: 'www.example.org',
      }),
    ).toBe(true);
    expect(
      isPausedOn({ settings: { ...base, denySites: ['example.org'] }, hostname: 'notexample.org' }),
    ).toBe(false);
  });
  it('pauses on sites the reader paused from the popup', () => {
    expect(
      isPausedOn({ settings: { ...base, pausedSites: ['bbc.com'] }, hostname: 'www.bbc.com' }),
    ).toBe(true);
  });
  it('runs only on allowed hosts in list mode', () => {
    const list = { ...base, siteMode: 'list' as const, allowSites: ['bbc.com'] };
    expect(isPausedOn({ settings: list, hostname: 'www.bbc.com' })).toBe(false);
    expect(isPausedOn({ settings: list, hostname: 'cnn.com' })).toBe(true);
  });
});

describe('pageSummaryOf', () => {
  it('counts each concept once per occurrence, in order of first appearance, without switched-off topics', () => {
    const summary = pageSummaryOf({
      url: 'https://news.example/a',
      scanning: false,
      paused: false,
      marks: inOrder,
      settings: { disabledTopics: ['nato'], disabledEntries: [] },
      titleOf: (entryId) => testEntries.find((entry) => entry.id === entryId)?.title ?? entryId,
    });
    expect(summary.concepts).toEqual([
      {
        entryId: 'security-guarantees',
        title: 'Security guarantees',
        topic: 'guarantees',
        count: 2,
      },
    ]);
  });
});
