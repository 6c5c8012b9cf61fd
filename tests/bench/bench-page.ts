/**
 * `npm run bench -- [--pages DIR] [--only TEXT] [--limit N] [--no-synthetic]`: in real
 * Chromium, per saved page, the page engine's scan+match+mark time (cold first scan, and warm:
 * the median of three rescans started by a single-page navigation), mark.js marking the same
 * phrases (one `markRegExp` pass over every phrase of the knowledge base, across elements,
 * median of three), a bare TreeWalker read of every text node (the floor, repeated until it
 * can be timed), the longest task of ours and the content script's start-up time. Then a
 * synthetic worst case: a 5 MB page that appends 1,000 paragraphs while the engine runs.
 * The last line is one JSON object with the medians and ratios. Timing only: nothing fails.
 */
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
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { syntheticLivePage } from './synthetic-page';

const markJsSource = await readFile(
  createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
  'utf8',
);
const phrases = [
  ...new Set(
    loadKnowledgeBaseFromDisk().entries.flatMap((entry) => Object.values(entry.phrases).flat()),
  ),
];

interface PageTiming {
  page: string;
  oursColdMs: number;
  oursWarmMs: number;
  /** Of the warm scan, the time inside the matcher's findConcepts. */
  matchWarmMs: number;
  matcherBuildMs: number;
  markJsMs: number;
  floorMs: number;
  longestTaskMs: number;
  startupMs: number;
  marks: number;
  markJsMarks: number;
}

const median = (values: number[]) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

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

/** One mark.js pass over the page for every phrase (one regular expression), then unmarked. */
function timeMarkJs({ source }: { source: string }): Promise<{ ms: number; marks: number }> {
  const MarkClass = (
    window as unknown as {
      Mark: new (
        root: Element,
      ) => { markRegExp(re: RegExp, options: object): void; unmark(options: object): void };
    }
  ).Mark;
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

const phraseSource = `(?:${phrases
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;

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
  await page.evaluate(
    (hash) => history.pushState({}, '', `${location.pathname}${location.search}#${hash}`),
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

async function benchPage({
  browsers,
  page: name,
}: {
  browsers: CorpusBrowsers;
  page: string;
}): Promise<PageTiming> {
  const url = browsers.server.urlOf(name.split(path.sep).map(encodeURIComponent).join('/'));
  // Without the extension: the floor and mark.js.
  const plain = await browsers.withoutExtension.newPage();
  let floorMs = Number.NaN;
  const markJsRuns: { ms: number; marks: number }[] = [];
  try {
    await plain.goto(url, { waitUntil: 'load', timeout: 30_000 });
    floorMs = await plain.evaluate(timeTreeWalkerRead);
    await plain.evaluate(markJsSource);
    for (let round = 0; round < 3; round++)
      markJsRuns.push(await plain.evaluate(timeMarkJs, { source: phraseSource }));
  } finally {
    await plain.close();
  }
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
      markJsMs: median(markJsRuns.map((run) => run.ms)),
      floorMs,
      longestTaskMs: last?.longestTaskMs ?? Number.NaN,
      startupMs: first?.startupMs ?? Number.NaN,
      marks: last?.markCount ?? 0,
      markJsMarks: markJsRuns[0]?.marks ?? 0,
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

const format = (value: number) =>
  Number.isFinite(value) ? value.toFixed(1).padStart(8) : '       -';

async function main() {
  const argv = process.argv.slice(2);
  const { dir, limit, only } = corpusArguments(argv);
  const pages = listPages({ dir })
    .filter((page) => page.includes(only))
    .slice(0, limit);
  console.log(
    `Bench: ${pages.length} pages from ${dir}; mark.js gets ${phrases.length} phrases in one regular expression.`,
  );
  console.log(
    `${'page'.padEnd(58)} ours-warm (match) ours-cold  matcher   mark.js    floor longest  startup  marks mark.js`,
  );
  const browsers = await launchCorpusBrowsers({ pagesDir: dir });
  const timings: PageTiming[] = [];
  let synthetic: Awaited<ReturnType<typeof benchSynthetic>> | null = null;
  try {
    for (const page of pages) {
      try {
        const timing = await benchPage({ browsers, page });
        timings.push(timing);
        console.log(
          `${page.slice(-58).padEnd(58)}${format(timing.oursWarmMs)} ${format(timing.matchWarmMs)} ${format(timing.oursColdMs)} ${format(timing.matcherBuildMs)} ${format(timing.markJsMs)} ${format(timing.floorMs)}${format(timing.longestTaskMs)} ${format(timing.startupMs)} ${String(timing.marks).padStart(6)} ${String(timing.markJsMarks).padStart(7)}`,
        );
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
    await browsers.close();
  }
  const oursWarm = median(timings.map((timing) => timing.oursWarmMs));
  const oursCold = median(timings.map((timing) => timing.oursColdMs));
  const markJs = median(timings.map((timing) => timing.markJsMs));
  const floor = median(timings.map((timing) => timing.floorMs));
  const ratios = timings
    .filter((timing) => timing.oursWarmMs > 0 && timing.markJsMs > 0)
    .map((timing) => timing.markJsMs / timing.oursWarmMs);
  const summary = {
    pages: timings.length,
    median: {
      oursWarmMs: oursWarm,
      oursColdMs: oursCold,
      matchWarmMs: median(timings.map((timing) => timing.matchWarmMs)),
      engineWithoutMatcherWarmMs: median(
        timings.map((timing) => timing.oursWarmMs - timing.matchWarmMs),
      ),
      matcherBuildMs: median(timings.map((timing) => timing.matcherBuildMs)),
      markJsMs: markJs,
      treeWalkerFloorMs: floor,
      startupMs: median(timings.map((timing) => timing.startupMs)),
      longestTaskMs: median(timings.map((timing) => timing.longestTaskMs)),
    },
    max: {
      longestTaskMs: Math.max(
        ...timings.map((timing) => timing.longestTaskMs).filter(Number.isFinite),
      ),
      startupMs: Math.max(...timings.map((timing) => timing.startupMs).filter(Number.isFinite)),
    },
    ratio: {
      markJsOverOursMedianOfPages: median(ratios),
      markJsOverOursOfMedians: markJs / oursWarm,
      oursOverFloor: oursWarm / floor,
    },
    pagesWithTaskOver50Ms: timings.filter((timing) => timing.longestTaskMs > 50).length,
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
  if (slow.length > 0) console.log(`Pages with a task over 50 ms: ${slow.join(', ')}`);
  console.log(JSON.stringify(summary));
}

await main();
