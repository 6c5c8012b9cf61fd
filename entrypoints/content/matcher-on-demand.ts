import type { Matcher } from '../../utils/matcher/index';
import type { MatchGate } from '../../utils/matcher/match-gate';
import type { PageEngineStats } from '../../utils/messages';
import type { MatcherSteps, MatchGateSteps } from './lazy-matcher';
import type { TextBlock } from './text-blocks';
import type { Job, JobResult } from './work-queue';

/**
 * The matcher, built only once a block of the page could hold something it finds (the match
 * gate says so) and then one step per turn of the work queue.
 */
export interface MatcherOnDemand {
  /** The matcher once built, else null. */
  readonly matcher: Matcher | null;
  /**
   * `job` (which marks `blocks`), run once the matcher is built, if it is already or if the
   * gate finds a block that could hold a match; otherwise `nothingToFind` and no index is built.
   */
  whenAnyMayMatch(options: {
    blocks: readonly TextBlock[];
    job: Job;
    nothingToFind: () => void;
  }): Job;
}

/**
 * Characters of page text the gate reads per call: a tenth of a millisecond once its code is
 * warm, a few milliseconds on a page's first blocks, when it is not yet (20,000 made tasks of
 * 30 ms there).
 */
const gateCharactersPerCall = 4_000;

export function createMatcherOnDemand({
  buildMatcher,
  loadGate,
  stats,
}: {
  /** Builds the matcher in steps (`lazy-matcher.ts`). */
  buildMatcher: () => MatcherSteps;
  /** Loads the match gate (`lazy-matcher.ts`). */
  loadGate: () => MatchGateSteps;
  stats: PageEngineStats;
}): MatcherOnDemand {
  let matcher: Matcher | null = null;
  let steps: MatcherSteps | null = null;
  let gate: MatchGate | null = null;
  let gateSteps: MatchGateSteps | null = null;

  /**
   * One step of the build (a millisecond or so): true once the matcher is ready, 'waiting'
   * while its code loads (the queue then yields instead of calling again).
   */
  function buildStep(): JobResult {
    if (matcher) return true;
    steps ??= buildMatcher();
    const start = performance.now();
    const step = steps.next();
    const stepMs = performance.now() - start;
    stats.matcherBuildMs += stepMs;
    stats.longestMatcherStepMs = Math.max(stats.longestMatcherStepMs, stepMs);
    if (step.done) {
      matcher = step.value;
      // The gate has done its job on this page: its memory goes back.
      gate = null;
      gateSteps = null;
      return true;
    }
    return step.value === 'waiting' ? 'waiting' : false;
  }

  /** One step of loading the gate: true once it is there, 'waiting' while its code loads. */
  function gateStep(): JobResult {
    if (gate) return true;
    gateSteps ??= loadGate();
    const start = performance.now();
    const step = gateSteps.next();
    stats.gateMs += performance.now() - start;
    if (!step.done) return step.value === 'waiting' ? 'waiting' : false;
    gate = step.value;
    return true;
  }

  return {
    get matcher() {
      return matcher;
    },
    whenAnyMayMatch({ blocks, job, nothingToFind }) {
      let next = 0;
      let mayMatch = false;
      const step = (): JobResult => {
        // Once the matcher is built (for this page or another block), the gate is not asked.
        if (mayMatch || matcher) {
          const built = buildStep();
          return built === true ? job() : built;
        }
        const loaded = gateStep();
        if (loaded !== true) return loaded;
        if (!gate) return false;
        const start = performance.now();
        let read = 0;
        while (next < blocks.length && read < gateCharactersPerCall && !mayMatch) {
          const text = blocks[next++]?.text ?? '';
          read += text.length;
          mayMatch = gate.mayMatch(text);
        }
        stats.gateMs += performance.now() - start;
        if (mayMatch || next < blocks.length) return false;
        nothingToFind();
        return true;
      };
      return () => {
        try {
          return step();
        } catch (error) {
          // A bundle that failed to load (the extension was updated or removed under the page)
          // ends this scan with nothing marked; the next scan tries again from the start.
          steps = null;
          gateSteps = null;
          console.warn('Treaty Lens could not load its matcher; nothing is marked.', error);
          nothingToFind();
          return true;
        }
      };
    },
  };
}
