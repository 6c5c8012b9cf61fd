/**
 * `npm run bench -- [--pages DIR] [--only TEXT] [--limit N] [--largest N] [--markjs-limit N]
 * [--markjs-rounds N] [--no-synthetic]`: in real Chromium, per saved page, the page engine's
 * scan+match+mark time (cold first scan, and warm: the median of three rescans started by a
 * single-page navigation), mark.js marking the same phrases, a bare TreeWalker read of every
 * text node (the floor, repeated until it can be timed), the longest task of ours and the
 * content script's start-up time. Then a synthetic worst case: a 5 MB page that appends 1,000
 * paragraphs while the engine runs. The last line is one JSON object with the medians and
 * ratios. Timing only: nothing fails.
 *
 * mark.js gets the phrases the extension looks for: every phrase of every entry in every
 * language of the knowledge base (the content script matches them all on every page), called
 * the way mark.js marks a list of phrases, `mark(phrases, { separateWordSearch: false,
 * acrossElements: true })`, its other options left at their defaults (case-insensitive,
 * diacritics-insensitive, `accuracy: 'partially'`). mark.js then builds one regular expression
 * per phrase and walks the page's text nodes once per phrase. One call with the whole list
 * overflows Chromium's stack (mark.js recurses once per phrase), so the list, sorted longest
 * first as mark.js sorts it, goes in calls of `markJsPhrasesPerCall`, one after the other in the
 * same timed run. Also printed, labelled "1 regexp": mark.js `markRegExp` with all phrases in
 * one alternation, the cheapest way to drive mark.js (not how it is used to mark a list).
 */
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import {
  askContentScript,
  type CorpusBrowsers,
  launchCorpusBrowsers,
  type PageEngineStats,
  settledStats,
} from '../corpus/corpus-browsers';
import { corpusArguments, listPages } from '../corpus/corpus-pages';
import { type ExtensionTasks, traceExtensionTasks } from '../corpus/extension-tasks';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { median } from '../tools/median';
import { launchNoopExtension, type NoopExtension, noopSettleMs } from './noop-extension';
import { syntheticLivePage } from './synthetic-page';

const markJsSource = await readFile(
  createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
  'utf8',
);
const knowledgeBase = loadKnowledgeBaseFromDisk();
/** Every phrase the content script looks for, all languages, longest first (mark.js's order). */
const phrases: readonly string[] = [
  ...new Set(knowledgeBase.entries.flatMap((entry) => Object.values(entry.phrases).flat())),
].sort((a, b) => b.length - a.length);
const phraseLanguages = [
  ...new Set(knowledgeBase.entries.flatMap((entry) => Object.keys(entry.phrases))),
].sort();
/** Phrases per `mark()` call: small enough that mark.js's recursion fits on the stack. */
const markJsPhrasesPerCall = 100;
/** mark.js's options for a list of phrases (everything else at its defaults). */
const markJsOptions = { separateWordSearch: false, acrossElements: true } as const;

interface PageTiming {
  page: string;
  oursColdMs: number;
  oursWarmMs: number;
  /** Of the warm scan, the time inside the matcher's findConcepts. */
  matchWarmMs: number;
  matcherBuildMs: number;
  /** mark.js marking every phrase, phrase by phrase (the comparison the issue asks for). */
  markJsMs: number;
  /** mark.js `markRegExp` with one alternation of every phrase (labelled "1 regexp"). */
  markJsOneRegExpMs: number;
  floorMs: number;
  /** The longest task of ours by the page engine's own clock (wall time), cold and warm scans. */
  longestTaskMs: number;
  /** The longest task that ran our code on a traced cold load, by CPU time (a trace). */
  longestTaskCpuMs: number;
  /** Every task that ran our code on that load, all frames, CPU time added up (a trace). */
  cpuPerLoadMs: number;
  /** The same for the do-nothing extension on the same page (`noop-extension.ts`). */
  noopCpuPerLoadMs: number;
  startupMs: number;
  /** Of the start-up, the part before `main` (evaluating the bundle's modules). */
  evaluateMs: number;
  /** The first injection of the content script on the page, compile included (a trace). */
  injectionMs: number;
  /** Of that, compiling the script (before its first statement runs). */
  compileMs: number;
  /** Frames of the page that ran the content script (`allFrames`, `matchAboutBlank`). */
  injections: number;
  marks: number;
  markJsMarks: number;
  markJsOneRegExpMarks: number;
}

/** Reads every text node once per round until 50 ms have passed; returns ms per round. */
function timeTreeWalkerRead(): number {
  let rounds = 0;
  let characters = 0;
  const start = performance.now();
  while (performance.now() - start < 50 || rounds < 5) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      characters += (node as Text).data.length;
    rounds++;
  }
  return characters >= 0 ? (performance.now() - start) / rounds : 0;
}

interface MarkJsInstance {
  mark(phrases: string[], options: object): void;
  markRegExp(re: RegExp, options: object): void;
  unmark(options?: object): void;
}

/**
 * mark.js marking `phrases` as it marks a list (one regular expression and one walk over the
 * text nodes per phrase), `perCall` phrases per `mark()` call, then unmarked (not timed).
 */
function timeMarkJsPhrases({
  phrases,
  perCall,
  options,
}: {
  phrases: string[];
  perCall: number;
  options: object;
}): { ms: number; marks: number; error: string } {
  const MarkClass = (window as unknown as { Mark: new (root: Element) => MarkJsInstance }).Mark;
  const instance = new MarkClass(document.body);
  let marks = 0;
  let calls = 0;
  let error = '';
  const start = performance.now();
  try {
    for (let from = 0; from < phrases.length; from += perCall) {
      // mark.js runs synchronously (no iframes): each call is done when it returns.
      instance.mark(phrases.slice(from, from + perCall), {
        ...options,
        each() {
          marks++;
        },
        done() {
          calls++;
        },
      });
    }
  } catch (thrown) {
    error = String(thrown).slice(0, 120);
  }
  const ms = performance.now() - start;
  if (!error && calls !== Math.ceil(phrases.length / perCall)) error = 'mark.js did not finish';
  instance.unmark();
  return { ms, marks, error };
}

/** One mark.js pass over the page for every phrase (one regular expression), then unmarked. */
function timeMarkJsRegExp({ source }: { source: string }): Promise<{ ms: number; marks: number }> {
  const MarkClass = (window as unknown as { Mark: new (root: Element) => MarkJsInstance }).Mark;
  const regExp = new RegExp(source, 'gi');
  return new Promise((resolve) => {
    const instance = new MarkClass(document.body);
    let marks = 0;
    const start = performance.now();
    instance.markRegExp(regExp, {
      acrossElements: true,
      each() {
        marks++;
      },
      done() {
        const ms = performance.now() - start;
        instance.unmark({
          done() {
            resolve({ ms, marks });
          },
        });
      },
    });
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const phraseSource = `(?:${phrases.map(escapeRegExp).join('|')})`;

async function startNavigationRescan({
  page,
  browsers,
  round,
}: {
  page: Page;
  browsers: CorpusBrowsers;
  round: number;
}) {
  const before = await askContentScript<PageEngineStats>({
    worker: browsers.worker,
    page,
    message: { type: 'page-engine-stats' },
  });
  // An absolute URL: a relative one resolves against the page's <base href> (pixnet has one).
  await page.evaluate(
    (hash) =>
      history.pushState({}, '', `${location.origin}${location.pathname}${location.search}#${hash}`),
    `bench-${round}`,
  );
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const stats = await askContentScript<PageEngineStats>({
      worker: browsers.worker,
      page,
      message: { type: 'page-engine-stats' },
    });
    if (stats && before && stats.fullScans > before.fullScans && !stats.scanning) return stats;
    await page.waitForTimeout(25);
  }
  return null;
}

/**
 * One more load of the page under a trace: the content script's injection (whichever frame runs
 * first pays for compiling the script; later frames of the same page reuse it) and the longest
 * task that ran our code, by CPU time (see `extension-tasks.ts`).
 */
async function traceLoad({
  browsers,
  url,
}: {
  browsers: CorpusBrowsers;
  url: string;
}): Promise<ExtensionTasks> {
  const page = await browsers.withExtension.newPage();
  try {
    return await traceExtensionTasks({
      session: await browsers.withExtension.newCDPSession(page),
      extensionOrigin: browsers.extensionOrigin,
      run: async () => {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        await settledStats({ worker: browsers.worker, page, timeoutMs: 60_000 });
        // What a settled page still runs of ours (a late frame, the observer) counts too, over
        // the same time the do-nothing extension's load is traced after its load event.
        await page.waitForTimeout(noopSettleMs);
      },
    });
  } finally {
    await page.close();
  }
}

async function benchPage({
  browsers,
  page: name,
  markJsRounds,
  trace,
  noop,
}: {
  browsers: CorpusBrowsers;
  /** The do-nothing extension's browser, traced on the same page (null: not measured). */
  noop: NoopExtension | null;
  page: string;
  /** Rounds of mark.js phrase by phrase (seconds per page); 0 leaves it out. */
  markJsRounds: number;
  /** Also load the page once under a trace: the injection task, the longest task by CPU. */
  trace: boolean;
}): Promise<PageTiming> {
  const url = browsers.server.urlOf(name.split(path.sep).map(encodeURIComponent).join('/'));
  // Without the extension: the floor and mark.js.
  const plain = await browsers.withoutExtension.newPage();
  let floorMs = Number.NaN;
  const regExpRuns: { ms: number; marks: number }[] = [];
  const phraseRuns: { ms: number; marks: number }[] = [];
  try {
    await plain.goto(url, { waitUntil: 'load', timeout: 30_000 });
    floorMs = await plain.evaluate(timeTreeWalkerRead);
    await plain.evaluate(markJsSource);
    for (let round = 0; round < 3; round++)
      regExpRuns.push(await plain.evaluate(timeMarkJsRegExp, { source: phraseSource }));
    for (let round = 0; round < markJsRounds; round++) {
      const run = await plain.evaluate(timeMarkJsPhrases, {
        phrases: [...phrases],
        perCall: markJsPhrasesPerCall,
        options: markJsOptions,
      });
      if (run.error) throw new Error(`mark.js failed: ${run.error}`);
      phraseRuns.push(run);
    }
  } finally {
    await plain.close();
  }
  const traced = trace ? await traceLoad({ browsers, url }) : null;
  const noopTraced = trace && noop ? await noop.traceLoad(url) : null;
  // With the extension: cold first scan, then warm rescans.
  const page = await browsers.withExtension.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const first = await settledStats({ worker: browsers.worker, page, timeoutMs: 60_000 });
    const warm: PageEngineStats[] = [];
    const warmMatch: number[] = [];
    let matchBefore = first?.matchMs ?? 0;
    for (let round = 0; round < 3 && first; round++) {
      const stats = await startNavigationRescan({ page, browsers, round });
      if (!stats) continue;
      warm.push(stats);
      warmMatch.push(stats.matchMs - matchBefore);
      matchBefore = stats.matchMs;
    }
    const last = warm.at(-1) ?? first;
    return {
      page: name,
      oursColdMs: first ? first.firstScanBusyMs - first.matcherBuildMs : Number.NaN,
      oursWarmMs: median(warm.map((stats) => stats.lastScanBusyMs)),
      matchWarmMs: median(warmMatch),
      matcherBuildMs: first?.matcherBuildMs ?? Number.NaN,
      markJsMs: median(phraseRuns.map((run) => run.ms)),
      markJsOneRegExpMs: median(regExpRuns.map((run) => run.ms)),
      floorMs,
      longestTaskMs: last?.longestTaskMs ?? Number.NaN,
      startupMs: first?.startupMs ?? Number.NaN,
      evaluateMs: first?.evaluateMs ?? Number.NaN,
      longestTaskCpuMs: traced?.longestCpuMs ?? Number.NaN,
      cpuPerLoadMs: traced?.totalCpuMs ?? Number.NaN,
      noopCpuPerLoadMs: noopTraced?.totalCpuMs ?? Number.NaN,
      injectionMs: traced?.injectionMs ?? Number.NaN,
      compileMs: traced?.compileMs ?? Number.NaN,
      injections: traced?.injections ?? 0,
      marks: last?.markCount ?? 0,
      markJsMarks: phraseRuns[0]?.marks ?? Number.NaN,
      markJsOneRegExpMarks: regExpRuns[0]?.marks ?? 0,
    };
  } finally {
    await page.close();
  }
}

/** The synthetic worst case: a 5 MB page that keeps appending paragraphs while we work. */
async function benchSynthetic({ browsers }: { browsers: CorpusBrowsers }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'treaty-lens-bench-'));
  await writeFile(
    path.join(dir, 'live.html'),
    syntheticLivePage({ bytes: 5_000_000, appended: 1000 }),
  );
  const server = await startFixtureServer({ root: dir });
  // The corpus browsers block every origin but their own server: allow this one too.
  await browsers.withExtension.route(`${server.origin}/**`, (route) => route.continue());
  const page = await browsers.withExtension.newPage();
  try {
    await page.goto(server.urlOf('live.html'), { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(
      () => (window as unknown as { appendDone?: boolean }).appendDone === true,
      undefined,
      { timeout: 120_000 },
    );
    const stats = await settledStats({ worker: browsers.worker, page, timeoutMs: 60_000 });
    await page.waitForTimeout(500);
    const final = await askContentScript<PageEngineStats>({
      worker: browsers.worker,
      page,
      message: { type: 'page-engine-stats' },
    });
    const expected = await page.evaluate(
      () => (window as unknown as { phraseCount: number }).phraseCount,
    );
    return { stats: final ?? stats, expectedPhrases: expected };
  } finally {
    await page.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const format = (value: number, width = 8) =>
  Number.isFinite(value) ? value.toFixed(1).padStart(width) : '-'.padStart(width);

/** The per-page table: a label and a cell per column (`-` where a value was not measured). */
const ms =
  (value: (timing: PageTiming) => number) =>
  (timing: PageTiming): string =>
    Number.isFinite(value(timing)) ? value(timing).toFixed(1) : '-';
const columns: { label: string; cell: (timing: PageTiming) => string }[] = [
  { label: 'page', cell: (timing) => timing.page },
  { label: 'ours-warm', cell: ms((timing) => timing.oursWarmMs) },
  { label: '(match)', cell: ms((timing) => timing.matchWarmMs) },
  { label: 'ours-cold', cell: ms((timing) => timing.oursColdMs) },
  { label: 'matcher', cell: ms((timing) => timing.matcherBuildMs) },
  { label: 'mark.js', cell: ms((timing) => timing.markJsMs) },
  { label: 'mj/ours', cell: ms((timing) => timing.markJsMs / timing.oursWarmMs) },
  { label: '1-regexp', cell: ms((timing) => timing.markJsOneRegExpMs) },
  {
    label: 'floor',
    cell: (timing) => (Number.isFinite(timing.floorMs) ? timing.floorMs.toFixed(2) : '-'),
  },
  { label: 'longest', cell: ms((timing) => timing.longestTaskMs) },
  { label: '(cpu)', cell: ms((timing) => timing.longestTaskCpuMs) },
  { label: 'cpu/load', cell: ms((timing) => timing.cpuPerLoadMs) },
  { label: 'noop/load', cell: ms((timing) => timing.noopCpuPerLoadMs) },
  { label: 'startup', cell: ms((timing) => timing.startupMs) },
  { label: '(eval)', cell: ms((timing) => timing.evaluateMs) },
  { label: 'inject', cell: ms((timing) => timing.injectionMs) },
  { label: '(compile)', cell: ms((timing) => timing.compileMs) },
  { label: 'frames', cell: (timing) => String(timing.injections || '-') },
  { label: 'marks', cell: (timing) => String(timing.marks) },
  {
    label: 'mj-marks',
    cell: (timing) => (Number.isFinite(timing.markJsMarks) ? String(timing.markJsMarks) : '-'),
  },
];
const tableLine = (cells: string[]) =>
  cells
    .map((cell, index) => (index === 0 ? cell.slice(-36).padEnd(36) : cell.padStart(10)))
    .join('');

/** The value after `flag` as a whole number, or `fallback`. */
function numberFlag({ argv, flag, fallback }: { argv: string[]; flag: string; fallback: number }) {
  const index = argv.indexOf(flag);
  const value = index >= 0 ? Number(argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** The `count` largest pages (file size), in the listing's order. */
function largestPages({ dir, pages, count }: { dir: string; pages: string[]; count: number }) {
  const sizes = new Map(pages.map((page) => [page, statSync(path.join(dir, page)).size]));
  const keep = new Set(
    [...pages].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0)).slice(0, count),
  );
  return pages.filter((page) => keep.has(page));
}

async function main() {
  const argv = process.argv.slice(2);
  const { dir, limit, only } = corpusArguments(argv);
  const listed = listPages({ dir }).filter((page) => page.includes(only));
  const largest = numberFlag({ argv, flag: '--largest', fallback: Number.POSITIVE_INFINITY });
  const pages = (
    Number.isFinite(largest) ? largestPages({ dir, pages: listed, count: largest }) : listed
  ).slice(0, limit);
  // mark.js phrase by phrase takes seconds per page: `--markjs-limit N` runs it on the first N.
  const markJsLimit = numberFlag({ argv, flag: '--markjs-limit', fallback: pages.length });
  const markJsRounds = numberFlag({ argv, flag: '--markjs-rounds', fallback: 1 });
  const trace = !argv.includes('--no-trace');
  console.log(
    `Bench: ${pages.length} pages from ${dir}. mark.js marks all ${phrases.length} phrases of the knowledge base (${phraseLanguages.join(', ')}), phrase by phrase (mark(), ${markJsPhrasesPerCall} phrases per call, ${markJsRounds} round(s)), on ${Math.min(markJsLimit, pages.length)} page(s); "1 regexp": the same phrases in one markRegExp alternation (median of 3).`,
  );
  console.log(tableLine(columns.map((column) => column.label)));
  const browsers = await launchCorpusBrowsers({ pagesDir: dir });
  const noop = trace ? await launchNoopExtension({ origin: browsers.server.origin }) : null;
  const timings: PageTiming[] = [];
  let synthetic: Awaited<ReturnType<typeof benchSynthetic>> | null = null;
  try {
    for (const [index, page] of pages.entries()) {
      try {
        const timing = await benchPage({
          browsers,
          page,
          markJsRounds: index < markJsLimit ? markJsRounds : 0,
          trace,
          noop,
        });
        timings.push(timing);
        console.log(tableLine(columns.map((column) => column.cell(timing))));
      } catch (error) {
        console.log(`${page}: skipped (${(error as Error).message.split('\n')[0]})`);
      }
    }
    if (!argv.includes('--no-synthetic')) {
      synthetic = await benchSynthetic({ browsers });
      const stats = synthetic.stats;
      console.log(
        `synthetic 5 MB live page + 1,000 appended paragraphs: first scan ${format(stats?.firstScanBusyMs ?? Number.NaN)} ms busy, longest task ${format(stats?.longestTaskMs ?? Number.NaN)} ms, ${stats?.markCount ?? 0} marks for ${synthetic.expectedPhrases} phrases written, ${stats?.fullScans ?? 0} full scans`,
      );
    }
  } finally {
    await noop?.close();
    await browsers.close();
  }
  const oursWarm = median(timings.map((timing) => timing.oursWarmMs));
  const oursCold = median(timings.map((timing) => timing.oursColdMs));
  const markJs = median(timings.map((timing) => timing.markJsMs));
  const markJsOneRegExp = median(timings.map((timing) => timing.markJsOneRegExpMs));
  const floor = median(timings.map((timing) => timing.floorMs));
  /** Per page, mark.js's time over ours (pages where both were timed), then the median. */
  const medianRatio = (
    ours: (timing: PageTiming) => number,
    theirs: (timing: PageTiming) => number,
  ) =>
    median(
      timings
        .filter((timing) => ours(timing) > 0 && theirs(timing) > 0)
        .map((timing) => theirs(timing) / ours(timing)),
    );
  // Ours over the pages where mark.js phrase by phrase ran too (same pages on both sides).
  const withMarkJs = timings.filter((timing) => Number.isFinite(timing.markJsMs));
  const oursWarmWithMarkJs = median(withMarkJs.map((timing) => timing.oursWarmMs));
  const summary = {
    pages: timings.length,
    markJs: {
      phrases: phrases.length,
      languages: phraseLanguages,
      pagesTimed: withMarkJs.length,
      call: `mark(phrases, ${JSON.stringify(markJsOptions)}), ${markJsPhrasesPerCall} phrases per call`,
      rounds: markJsRounds,
    },
    median: {
      oursWarmMs: oursWarm,
      oursColdMs: oursCold,
      matchWarmMs: median(timings.map((timing) => timing.matchWarmMs)),
      engineWithoutMatcherWarmMs: median(
        timings.map((timing) => timing.oursWarmMs - timing.matchWarmMs),
      ),
      matcherBuildMs: median(timings.map((timing) => timing.matcherBuildMs)),
      markJsMs: markJs,
      markJsOneRegExpMs: markJsOneRegExp,
      treeWalkerFloorMs: floor,
      startupMs: median(timings.map((timing) => timing.startupMs)),
      evaluateMs: median(timings.map((timing) => timing.evaluateMs)),
      injectionMs: median(timings.map((timing) => timing.injectionMs)),
      compileMs: median(timings.map((timing) => timing.compileMs)),
      longestTaskMs: median(timings.map((timing) => timing.longestTaskMs)),
      longestTaskCpuMs: median(timings.map((timing) => timing.longestTaskCpuMs)),
      cpuPerLoadMs: median(timings.map((timing) => timing.cpuPerLoadMs)),
      noopCpuPerLoadMs: median(timings.map((timing) => timing.noopCpuPerLoadMs)),
    },
    max: {
      longestTaskMs: Math.max(
        ...timings.map((timing) => timing.longestTaskMs).filter(Number.isFinite),
      ),
      longestTaskCpuMs: Math.max(
        ...timings.map((timing) => timing.longestTaskCpuMs).filter(Number.isFinite),
      ),
      startupMs: Math.max(...timings.map((timing) => timing.startupMs).filter(Number.isFinite)),
      cpuPerLoadMs: Math.max(
        ...timings.map((timing) => timing.cpuPerLoadMs).filter(Number.isFinite),
      ),
      noopCpuPerLoadMs: Math.max(
        ...timings.map((timing) => timing.noopCpuPerLoadMs).filter(Number.isFinite),
      ),
    },
    ratio: {
      /** The target: at least 50 (ours at most 1/50 of mark.js's time). */
      markJsOverOursMedianOfPages: medianRatio(
        (timing) => timing.oursWarmMs,
        (timing) => timing.markJsMs,
      ),
      markJsOverOursOfMedians: markJs / oursWarmWithMarkJs,
      markJsOverOursColdMedianOfPages: medianRatio(
        (timing) => timing.oursColdMs,
        (timing) => timing.markJsMs,
      ),
      markJsOneRegExpOverOursMedianOfPages: medianRatio(
        (timing) => timing.oursWarmMs,
        (timing) => timing.markJsOneRegExpMs,
      ),
      oursOverFloor: oursWarm / floor,
    },
    pagesWithTaskOver50Ms: timings.filter((timing) => timing.longestTaskMs > 50).length,
    pagesWithTaskOver50MsCpu: timings.filter((timing) => timing.longestTaskCpuMs > 50).length,
    synthetic: synthetic?.stats
      ? {
          firstScanBusyMs: synthetic.stats.firstScanBusyMs,
          longestTaskMs: synthetic.stats.longestTaskMs,
          marks: synthetic.stats.markCount,
          phrasesWritten: synthetic.expectedPhrases,
          fullScans: synthetic.stats.fullScans,
        }
      : null,
  };
  const slow = timings.filter((timing) => timing.longestTaskMs > 50).map((timing) => timing.page);
  if (slow.length > 0) console.log(`Pages with a task over 50 ms (wall): ${slow.join(', ')}`);
  const slowCpu = timings
    .filter((timing) => timing.longestTaskCpuMs > 50)
    .map((timing) => timing.page);
  if (slowCpu.length > 0) console.log(`Pages with a task over 50 ms (CPU): ${slowCpu.join(', ')}`);
  const { median: medians, ratio } = summary;
  console.log(
    `Medians over ${timings.length} pages: ours ${medians.oursWarmMs.toFixed(1)} ms warm, ${medians.oursColdMs.toFixed(1)} ms cold; mark.js phrase by phrase ${medians.markJsMs.toFixed(0)} ms (${withMarkJs.length} pages), mark.js/ours ${ratio.markJsOverOursMedianOfPages.toFixed(0)}× (median of pages; target ≥ 50), 1 regexp ${medians.markJsOneRegExpMs.toFixed(1)} ms; longest task ${medians.longestTaskMs.toFixed(1)} ms wall (max ${summary.max.longestTaskMs.toFixed(1)}), ${medians.longestTaskCpuMs.toFixed(1)} ms CPU (max ${summary.max.longestTaskCpuMs.toFixed(1)}); start-up ${medians.startupMs.toFixed(1)} ms (whole injection task, compile included: ${medians.injectionMs.toFixed(1)} ms).`,
  );
  console.log(
    `All CPU per page load (every task that ran the content script, all frames, compile included; a trace): ours ${medians.cpuPerLoadMs.toFixed(1)} ms median (max ${summary.max.cpuPerLoadMs.toFixed(1)}), the do-nothing extension ${medians.noopCpuPerLoadMs.toFixed(1)} ms median (max ${summary.max.noopCpuPerLoadMs.toFixed(1)}), same pages, same run.`,
  );
  console.log(JSON.stringify(summary));
}

await main();
