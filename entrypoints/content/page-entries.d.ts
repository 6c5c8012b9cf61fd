declare module 'virtual:treaty-lens/page-entries' {
  /** Knowledge entries reduced to their matchable fields (see build-plugins.ts), parsed on first call. */
  function pageEntries(): readonly unknown[];
  export default pageEntries;
}
