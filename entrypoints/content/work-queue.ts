/**
 * A job does a small unit of work each time it is called and returns true when it is done,
 * false when it has more to do, or 'waiting' when it cannot go on before something outside it
 * happens (a module loading): the slice then ends early rather than call it again in vain.
 * The queue runs jobs until its slice budget is spent, then yields to the page and continues
 * in a new task, so no task of ours comes near the 50 ms of a long task.
 */
export type JobResult = boolean | 'waiting';
export type Job = () => JobResult;

export interface WorkQueue {
  /** Adds a job; `first` puts it ahead of waiting jobs (visible text, mutations). */
  push(job: Job, options?: { first?: boolean }): void;
  clear(): void;
  readonly busy: boolean;
}

/**
 * Yields with a MessageChannel rather than setTimeout(0), which browsers clamp to 4 ms after a
 * few nested calls (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers),
 * and rather than window.postMessage, which the page's own listeners would see.
 */
function createYield({ signal }: { signal: AbortSignal }): (next: () => void) => void {
  const channel = new MessageChannel();
  let pending: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const run = pending;
    pending = null;
    if (!signal.aborted) run?.();
  };
  signal.addEventListener('abort', () => channel.port1.close(), { once: true });
  return (next) => {
    pending = next;
    channel.port2.postMessage(null);
  };
}

export function createWorkQueue({
  signal,
  sliceMs = 8,
  onTask,
}: {
  signal: AbortSignal;
  /** Budget per task; a single job call may overrun it by its own length. */
  sliceMs?: number;
  /** Called after each task with its duration (the engine's stats). */
  onTask?: (durationMs: number) => void;
}): WorkQueue {
  const jobs: Job[] = [];
  // Made on the first job, not at start-up.
  let yieldToPage: ((next: () => void) => void) | null = null;
  let scheduled = false;

  function runSlice() {
    scheduled = false;
    if (signal.aborted) return;
    const start = performance.now();
    while (jobs.length > 0 && performance.now() - start < sliceMs) {
      const job = jobs[0] as Job;
      const result = job();
      if (result === 'waiting') break;
      if (result) {
        // The job may have pushed others ahead of itself; remove it wherever it is now.
        const index = jobs.indexOf(job);
        if (index >= 0) jobs.splice(index, 1);
      }
    }
    onTask?.(performance.now() - start);
    schedule();
  }

  function schedule() {
    if (scheduled || jobs.length === 0 || signal.aborted) return;
    scheduled = true;
    yieldToPage ??= createYield({ signal });
    yieldToPage(runSlice);
  }

  return {
    push(job, { first = false } = {}) {
      if (first) jobs.unshift(job);
      else jobs.push(job);
      schedule();
    },
    clear() {
      jobs.length = 0;
    },
    get busy() {
      return jobs.length > 0;
    },
  };
}
