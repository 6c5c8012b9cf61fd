import type { PageEngineStats } from '../../utils/messages';

/** The page engine's measurements, kept apart from its work (the bench and corpus check read them). */
export interface EngineStats {
  /** The figures themselves, changed in place by the engine's parts. */
  readonly stats: PageEngineStats;
  /** Runs a handler of ours and counts it as a task. */
  timed<T>(run: () => T): T;
  /** A task of the work queue ended after `ms`. */
  queueTaskEnded(ms: number): void;
  /** A full scan starts: its tasks are counted from here until the one that ends it. */
  fullScanStarted(): void;
  /** The full scan that started at `started` (performance.now()) is done. */
  fullScanDone(started: number): void;
}

export function createEngineStats(): EngineStats {
  const stats: PageEngineStats = {
    startupMs: 0,
    firstScanBusyMs: 0,
    firstScanWallMs: 0,
    lastScanBusyMs: 0,
    lastScanWallMs: 0,
    gateMs: 0,
    matcherBuildMs: 0,
    longestMatcherStepMs: 0,
    evaluateMs: 0,
    matchMs: 0,
    longestTaskMs: 0,
    markCount: 0,
    textLength: 0,
    scanning: false,
    fullScans: 0,
  };
  let countingScan = false;
  const noteTask = (ms: number) => {
    if (ms > stats.longestTaskMs) stats.longestTaskMs = ms;
  };
  return {
    stats,
    timed(run) {
      const start = performance.now();
      try {
        return run();
      } finally {
        noteTask(performance.now() - start);
      }
    },
    queueTaskEnded(ms) {
      noteTask(ms);
      // The task that ends a scan counts too (the scan is over by the time this runs).
      if (!countingScan) return;
      stats.lastScanBusyMs += ms;
      if (stats.fullScans === 1) stats.firstScanBusyMs += ms;
      countingScan = stats.scanning;
    },
    fullScanStarted() {
      stats.fullScans++;
      stats.scanning = true;
      stats.lastScanBusyMs = 0;
      countingScan = true;
    },
    fullScanDone(started) {
      stats.scanning = false;
      stats.lastScanWallMs = performance.now() - started;
      if (stats.fullScans === 1) stats.firstScanWallMs = stats.lastScanWallMs;
    },
  };
}
