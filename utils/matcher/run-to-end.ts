/**
 * Runs a generator's steps all at once and returns its result. The index is built by
 * generators that yield every millisecond or so (the content script runs one step per turn of
 * its work queue); tools and tests want it built in one go.
 */
export function runToEnd<T>(steps: Generator<undefined, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
