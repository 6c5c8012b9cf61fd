declare module 'virtual:treaty-lens/page-entries' {
  /** Knowledge entries reduced to their matchable fields (see build-plugins.ts). */
  const pageEntries: readonly unknown[];
  export default pageEntries;
}
