/**
 * The moment the content script began to run, for its start-up time. Imported first by the
 * entry point so that it is evaluated before every other module of the bundle.
 */
export const scriptStart = performance.now();
