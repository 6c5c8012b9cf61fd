import type { createMatcherInSteps, Matcher } from '../../utils/matcher/index';
import type { MatchGate, MatchGateData } from '../../utils/matcher/match-gate';
import type { PageEntry } from '../../utils/page-entries';
import { importBundle } from './import-bundle';

/** The matcher's build, one step per call: 'waiting' while its code loads. */
export type MatcherSteps = Generator<'waiting' | undefined, Matcher, void>;

/** Loading the match gate, one step per call: 'waiting' while its code loads. */
export type MatchGateSteps = Generator<'waiting' | undefined, MatchGate, void>;

/** What the `page-matcher.js` bundle hands over (entrypoints/page-matcher.ts). */
export interface MatcherBundle {
  createMatcherInSteps: typeof createMatcherInSteps;
  /** The entries to match with, parsed from the bundle's JSON on each call (made once). */
  pageEntries: () => readonly unknown[];
}

/** Where page-matcher.js leaves its functions (the content script's isolated world). */
export const matcherBundleGlobal = '__treatyLensMatcher';

/**
 * Builds the matcher in steps. Its code and entries are a bundle of their own, page-matcher.js,
 * imported on the first step: most news pages have nothing the matcher could find (the match
 * gate tells), and the script they all load carries neither. `onEntries` gets the entries as
 * soon as they are there (the page summary names entries by them).
 */
export function* buildMatcherLazily({
  onEntries,
}: {
  onEntries: (entries: readonly PageEntry[]) => void;
}): MatcherSteps {
  const bundle = yield* whenLoaded(
    importBundle<MatcherBundle>({ path: '/page-matcher.js', global: matcherBundleGlobal }),
  );
  const entries = bundle.pageEntries() as readonly PageEntry[];
  onEntries(entries);
  return yield* bundle.createMatcherInSteps({ entries });
}

/** What the `match-gate.js` bundle hands over (entrypoints/match-gate.ts). */
export interface GateBundle {
  MatchGate: typeof MatchGate;
  /** The gate's data, parsed from the bundle's JSON on each call (made once). */
  matchGateData: () => MatchGateData;
}

/** Where match-gate.js leaves its class and data (the content script's isolated world). */
export const gateBundleGlobal = '__treatyLensGate';

/**
 * The match gate (utils/matcher/match-gate.ts): its bundle, match-gate.js, imported on the
 * first step, then the gate built in steps.
 */
export function* loadMatchGateLazily(): MatchGateSteps {
  const bundle = yield* whenLoaded(
    importBundle<GateBundle>({ path: '/match-gate.js', global: gateBundleGlobal }),
  );
  return yield* bundle.MatchGate.buildInSteps(bundle.matchGateData());
}

/** Yields 'waiting' until `loading` settles; then returns its value or throws its error. */
function* whenLoaded<T>(loading: Promise<T>): Generator<'waiting', T, void> {
  const state: { value?: T; loaded: boolean; error?: unknown } = { loaded: false };
  loading.then(
    (value) => {
      state.value = value;
      state.loaded = true;
    },
    (error: unknown) => {
      state.error = error ?? new Error('loading failed');
    },
  );
  while (!state.loaded) {
    if (state.error !== undefined) throw state.error;
    yield 'waiting';
  }
  return state.value as T;
}
