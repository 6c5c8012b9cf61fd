import type { Matcher } from '../../utils/matcher/index';
import type { PageEngineStats } from '../../utils/messages';
import type { MatcherSteps } from './lazy-matcher';
import type { Job, JobResult } from './work-queue';

/** The matcher, built the first time a job needs it, one step per turn of the work queue. */
export interface MatcherOnDemand {
  /** The matcher once built, else null. */
  readonly matcher: Matcher | null;
  /** `job`, run only once the matcher is built: until then each call is one build step. */
  afterBuilt(job: Job): Job;
}

export function createMatcherOnDemand({
  buildMatcher,
  stats,
}: {
  /** Builds the matcher in steps (`lazy-matcher.ts`). */
  buildMatcher: () => MatcherSteps;
  stats: PageEngineStats;
}): MatcherOnDemand {
  let matcher: Matcher | null = null;
  let steps: MatcherSteps | null = null;
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
      return true;
    }
    return step.value === 'waiting' ? 'waiting' : false;
  }
  return {
    get matcher() {
      return matcher;
    },
    afterBuilt: (job) => () => {
      const built = buildStep();
      return built === true ? job() : built;
    },
  };
}
