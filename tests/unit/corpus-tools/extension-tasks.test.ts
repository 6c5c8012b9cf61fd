import { describe, expect, it } from 'vitest';
import { extensionTasksOf, type TraceEvent } from '../../corpus/extension-tasks';

const origin = 'chrome-extension://abc/';
const contentScript = `${origin}content-scripts/content.js`;

/** A complete ('X') trace event; times in ms, stored in µs as Chromium does. */
function event(
  name: string,
  {
    at,
    ms,
    cpuMs,
    url,
    thread = 1,
    functionName,
  }: {
    at: number;
    ms: number;
    cpuMs?: number;
    url?: string;
    thread?: number;
    functionName?: string;
  },
): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: at * 1000,
    dur: ms * 1000,
    tdur: cpuMs === undefined ? undefined : cpuMs * 1000,
    pid: 7,
    tid: thread,
    args: { data: { url, functionName } },
  };
}

describe('extensionTasksOf', () => {
  it('takes the CPU time of the whole task around our call, not the wall time', () => {
    const tasks = extensionTasksOf({
      extensionOrigin: origin,
      events: [
        event('RunTask', { at: 100, ms: 40, cpuMs: 12 }),
        event('FunctionCall', {
          at: 101,
          ms: 30,
          cpuMs: 9,
          url: contentScript,
          functionName: 'onmessage',
        }),
      ],
    });
    expect(tasks).toMatchObject({
      tasks: 1,
      longestCpuMs: 12,
      longestCpuTaskWallMs: 40,
      longestWallMs: 40,
      longestCpuTaskRan: 'FunctionCall onmessage',
    });
  });

  it("ignores the page's own tasks and the background's, however long", () => {
    const tasks = extensionTasksOf({
      extensionOrigin: origin,
      events: [
        event('RunTask', { at: 0, ms: 500, cpuMs: 480 }),
        event('FunctionCall', { at: 1, ms: 400, cpuMs: 400, url: 'http://news.example/app.js' }),
        event('RunTask', { at: 600, ms: 300, cpuMs: 300, thread: 2 }),
        event('FunctionCall', {
          at: 601,
          ms: 200,
          cpuMs: 200,
          url: `${origin}background.js`,
          thread: 2,
        }),
        event('RunTask', { at: 1000, ms: 5, cpuMs: 4 }),
        event('FunctionCall', { at: 1001, ms: 3, cpuMs: 3, url: contentScript }),
      ],
    });
    expect(tasks.tasks).toBe(1);
    expect(tasks.longestCpuMs).toBe(4);
    expect(tasks.totalCpuMs).toBe(4);
  });

  it('counts a call once, under the outermost of nested tasks, on its own thread', () => {
    const tasks = extensionTasksOf({
      extensionOrigin: origin,
      events: [
        event('RunTask', { at: 0, ms: 50, cpuMs: 45 }),
        event('RunTask', { at: 1, ms: 20, cpuMs: 18 }),
        event('FunctionCall', { at: 2, ms: 10, cpuMs: 10, url: contentScript }),
        // Another thread's task over the same time does not hold our call.
        event('RunTask', { at: 0, ms: 90, cpuMs: 90, thread: 3 }),
      ],
    });
    expect(tasks.tasks).toBe(1);
    expect(tasks.longestCpuMs).toBe(45);
  });

  it('reads the first injection and its compile, and counts the frames injected', () => {
    const tasks = extensionTasksOf({
      extensionOrigin: origin,
      events: [
        event('RunTask', { at: 10, ms: 30, cpuMs: 28 }),
        event('EvaluateScript', { at: 10, ms: 29, cpuMs: 27, url: contentScript }),
        event('v8.compile', { at: 10, ms: 15, cpuMs: 15, url: contentScript }),
        event('RunTask', { at: 90, ms: 8, cpuMs: 8, thread: 2 }),
        event('EvaluateScript', { at: 90, ms: 7, cpuMs: 7, url: contentScript, thread: 2 }),
      ],
    });
    expect(tasks).toMatchObject({
      tasks: 2,
      totalCpuMs: 36,
      injections: 2,
      injectionMs: 29,
      compileMs: 15,
      longestCpuMs: 28,
      longestCpuTaskRan: 'EvaluateScript',
    });
  });

  it('falls back to wall time where the trace has no thread time, and says when nothing ran', () => {
    const untimed = extensionTasksOf({
      extensionOrigin: origin,
      events: [event('FunctionCall', { at: 0, ms: 6, url: contentScript })],
    });
    expect(untimed.longestCpuMs).toBe(6);
    const none = extensionTasksOf({ extensionOrigin: origin, events: [] });
    expect(none.tasks).toBe(0);
    expect(none.longestCpuMs).toBeNaN();
    expect(none.injectionMs).toBeNaN();
  });
});
