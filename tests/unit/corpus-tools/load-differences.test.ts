import { describe, expect, it } from 'vitest';
import { onlyWithExtension } from '../../corpus/load-differences';

describe('onlyWithExtension', () => {
  it('reports what the one load with the extension showed beyond the load without it', () => {
    expect(
      onlyWithExtension({
        withIt: [['attributes BODY class', 'childList HEAD +[SCRIPT]']],
        without: [['childList HEAD +[SCRIPT]']],
      }),
    ).toEqual(['attributes BODY class']);
  });

  it('counts repeats: two insertions with the extension against one without leave one', () => {
    const insert = 'childList DIV +[SPAN] -[]';
    expect(onlyWithExtension({ withIt: [[insert, insert]], without: [[insert]] })).toEqual([
      insert,
    ]);
  });

  it('drops a change that some later load with the extension did not show (a page timer)', () => {
    const timer = 'attributes IMG src';
    expect(onlyWithExtension({ withIt: [[timer], []], without: [[], []] })).toEqual([]);
  });

  it('drops a change that any load without the extension showed, however many loads', () => {
    const loader = 'childList HEAD +[SCRIPT] -[]';
    expect(
      onlyWithExtension({ withIt: [[loader], [loader], [loader]], without: [[], [], [loader]] }),
    ).toEqual([]);
  });

  it('keeps a change every load with the extension showed and no load without it showed', () => {
    const ours = 'childList BODY +[TREATY-LENS] -[]';
    expect(
      onlyWithExtension({
        withIt: [[ours, 'attributes IMG src'], [ours], [ours]],
        without: [['attributes IMG src'], [], []],
      }),
    ).toEqual([ours]);
  });

  it('reports nothing when there was no load with the extension', () => {
    expect(onlyWithExtension({ withIt: [], without: [['x']] })).toEqual([]);
  });
});
