import type { MatchableEntry, Matcher } from '../../utils/matcher/index';

/** The matcher's build, one step per call: 'waiting' while its code loads. */
export type MatcherSteps = Generator<'waiting' | undefined, Matcher, void>;

/**
 * Builds the matcher in steps, loading its code on the first step rather than at start-up:
 * evaluating the matcher's modules (character and ending tables) was about a third of the
 * content script's start-up on every page, most of which has nothing to mark. The bundler
 * inlines the module; the import only defers running it until the first scan task.
 */
export function* buildMatcherLazily(entries: readonly MatchableEntry[]): MatcherSteps {
  const loading: { matcher?: typeof import('../../utils/matcher/index'); error?: unknown } = {};
  import('../../utils/matcher/index').then(
    (loaded) => {
      loading.matcher = loaded;
    },
    (error: unknown) => {
      loading.error = error;
    },
  );
  while (!loading.matcher) {
    if (loading.error !== undefined) throw loading.error;
    yield 'waiting';
  }
  return yield* loading.matcher.createMatcherInSteps({ entries });
}
