declare module 'virtual:treaty-lens/page-entries' {
  /** Knowledge entries reduced to their matchable fields (see build-plugins.ts), parsed on first call. */
  function pageEntries(): readonly unknown[];
  export default pageEntries;
}

declare module 'virtual:treaty-lens/match-gate' {
  import type { MatchGateData } from '../../utils/matcher/match-gate';

  /** The match gate's data, read at build time from the matcher's index (see build-plugins.ts). */
  function matchGateData(): MatchGateData;
  export default matchGateData;
}
