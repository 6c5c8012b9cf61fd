/**
 * The browser tasks that ran the extension's code on a page load, read from a Chromium trace.
 *
 * The page engine times its own tasks with `performance.now()`, which is wall-clock time: on a
 * shared, loaded machine a 5 ms task can read 30 ms because the renderer was descheduled. A
 * trace records each task's thread time too (`tdur`: the CPU the renderer's thread spent on
 * it), which is what the page feels as jank on a machine that is not busy with other things.
 *
 * A task counts as ours when our code ran in it on the page: an `EvaluateScript` (the
 * injection) or a `FunctionCall` (a listener, a queue slice) whose script comes from the
 * extension's origin, the background's own scripts left out (they do not run on the page).
 * Its time is the whole top-level task's (`RunTask`), which is an upper bound: it includes the
 * promise reactions our code queued, and anything else the browser ran in the same task.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs, where the platform records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

export interface ExtensionTasks {
  /** Tasks that ran our code in any frame of the page. */
  tasks: number;
  /** Their CPU time added up, ms: what the extension cost the page's load, all frames. */
  totalCpuMs: number;
  /** The longest of them by thread (CPU) time, ms, and the same task's wall time. */
  longestCpuMs: number;
  longestCpuTaskWallMs: number;
  /** What of ours ran in that task: the calls' kinds and function names. */
  longestCpuTaskRan: string;
  /** The longest by wall time, ms (what the page engine's own clock sees). */
  longestWallMs: number;
  /** The first injection of the content script (whole task, compile included), ms of wall time. */
  injectionMs: number;
  /** Of that, compiling the script before its first statement runs. */
  compileMs: number;
  /** Frames of the page that ran the content script (`allFrames`, `matchAboutBlank`). */
  injections: number;
}

/** Traces `run` (a page load and whatever follows) and returns the tasks that ran our code. */
export async function traceExtensionTasks({
  session,
  extensionOrigin,
  run,
}: {
  /** A DevTools session of the page (tracing covers the renderers the page uses). */
  session: CDPSession;
  /** `chrome-extension://ID/` */
  extensionOrigin: string;
  run: () => Promise<void>;
}): Promise<ExtensionTasks> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    // `toplevel` has the scheduler's tasks (RunTask); `devtools.timeline` what ran inside them.
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] },
  });
  try {
    await run();
  } finally {
    await session.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', collect);
  }
  return extensionTasksOf({ events, extensionOrigin });
}

/** The tasks that ran our code, from a trace's events (exported for its unit test). */
export function extensionTasksOf({
  events,
  extensionOrigin,
}: {
  events: TraceEvent[];
  extensionOrigin: string;
}): ExtensionTasks {
  const contentScript = `${extensionOrigin}content-scripts/content.js`;
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined);
  const background = `${extensionOrigin}background`;
  const ours = complete.filter((event) => {
    const url = event.args?.data?.url ?? '';
    return (
      (event.name === 'FunctionCall' || event.name === 'EvaluateScript') &&
      url.startsWith(extensionOrigin) &&
      !url.startsWith(background)
    );
  });
  const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const topLevelTasksByThread = Map.groupBy(
    complete.filter((event) => event.name === 'RunTask'),
    thread,
  );
  const contains = (outer: TraceEvent, inner: TraceEvent) =>
    thread(outer) === thread(inner) &&
    outer.ts <= inner.ts &&
    inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  // Each of our calls counts under the outermost task around it (tasks can nest); a call with
  // no task around it in the trace counts on its own.
  const callsByTask = new Map<TraceEvent, TraceEvent[]>();
  for (const call of ours) {
    const around = (topLevelTasksByThread.get(thread(call)) ?? [])
      .filter((task) => contains(task, call))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    callsByTask.set(around ?? call, [...(callsByTask.get(around ?? call) ?? []), call]);
  }
  const tasks = [...callsByTask.keys()];
  const cpuMs = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;
  const wallMs = (event: TraceEvent) => (event.dur ?? 0) / 1000;
  const byCpu = [...tasks].sort((a, b) => cpuMs(b) - cpuMs(a))[0];
  const describe = (call: TraceEvent) =>
    [call.name, call.args?.data?.functionName].filter(Boolean).join(' ');

  const injections = ours
    .filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url === contentScript)
    .sort((a, b) => a.ts - b.ts);
  const first = injections[0];
  // Whichever frame runs first pays for compiling the script; later frames reuse it.
  const compile = first
    ? complete.find((event) => event.name === 'v8.compile' && contains(first, event))
    : undefined;
  return {
    tasks: tasks.length,
    totalCpuMs: tasks.reduce((sum, task) => sum + cpuMs(task), 0),
    longestCpuMs: byCpu ? cpuMs(byCpu) : Number.NaN,
    longestCpuTaskWallMs: byCpu ? wallMs(byCpu) : Number.NaN,
    longestCpuTaskRan: byCpu
      ? [...new Set((callsByTask.get(byCpu) ?? []).map(describe))].join(', ')
      : '',
    longestWallMs: tasks.length > 0 ? Math.max(...tasks.map(wallMs)) : Number.NaN,
    injectionMs: first ? wallMs(first) : Number.NaN,
    compileMs: compile ? wallMs(compile) : first ? 0 : Number.NaN,
    injections: injections.length,
  };
}
