import { describe, expect, it } from 'vitest';
import { createEngineStats } from '../../../entrypoints/content/engine-stats';

describe('engine stats', () => {
  it('counts queue tasks into the scan they belong to, the task that ends it included', () => {
    const engine = createEngineStats();
    engine.queueTaskEnded(3); // before any scan: only the longest task
    engine.fullScanStarted();
    engine.queueTaskEnded(2);
    engine.fullScanDone(performance.now());
    engine.queueTaskEnded(4); // the task whose job ended the scan
    engine.queueTaskEnded(9); // after it: no scan's time
    expect(engine.stats).toMatchObject({
      fullScans: 1,
      scanning: false,
      firstScanBusyMs: 6,
      lastScanBusyMs: 6,
      longestTaskMs: 9,
    });
  });

  it('keeps the first scan apart from later ones', () => {
    const engine = createEngineStats();
    engine.fullScanStarted();
    engine.queueTaskEnded(5);
    engine.fullScanDone(performance.now());
    engine.queueTaskEnded(1);
    engine.fullScanStarted();
    engine.queueTaskEnded(2);
    engine.fullScanDone(performance.now());
    engine.queueTaskEnded(1);
    expect(engine.stats.fullScans).toBe(2);
    expect(engine.stats.firstScanBusyMs).toBe(6);
    expect(engine.stats.lastScanBusyMs).toBe(3);
  });

  it('times a handler as a task and passes on what it returns or throws', () => {
    const engine = createEngineStats();
    expect(engine.timed(() => 42)).toBe(42);
    expect(() =>
      engine.timed(() => {
        throw new Error('handler failed');
      }),
    ).toThrow('handler failed');
    expect(engine.stats.longestTaskMs).toBeGreaterThanOrEqual(0);
    expect(engine.stats.lastScanBusyMs).toBe(0);
  });
});
