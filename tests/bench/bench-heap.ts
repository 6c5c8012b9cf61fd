/**
 * `npx tsx tests/bench/bench-heap.ts [--rounds N]` (after `npx wxt build`): the memory the
 * extension adds to a tab. Each page is loaded in three Chromiums, one tab at a time: with our
 * extension, with the do-nothing extension (`noop-extension.ts`) and with no extension. Once the
 * page has settled (our first scan done, or the same wait), a forced garbage collection
 * (`HeapProfiler.collectGarbage`, twice) and the renderer's heap (`Runtime.getHeapUsage`: V8's
 * used heap, and Blink's own heap where the browser reports it, which holds DOM objects such as
 * our marks' Ranges). Ours minus each baseline is what our content script keeps alive; the
 * figure is the median over rounds (the page's own scripts allocate differently between loads).
 * Pages: the largest readability page and a median one (nothing to mark), a topical page, and
 * the bench's 5 MB live page after its 1,000 appended paragraphs. Figures only: nothing fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  askContentScript,
  launchCorpusBrowsers,
  type PageEngineStats,
  settledStats,
} from '../corpus/corpus-browsers';
import { defaultCorpusDir } from '../corpus/corpus-pages';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { median } from '../tools/median';
import { launchNoopExtension } from './noop-extension';
import { syntheticLivePage } from './synthetic-page';

interface HeapUsage {
  /** V8's used heap, bytes (the page's scripts and every content script's world). */
  jsBytes: number;
  /** Blink's (Oilpan) used heap, bytes, or 0 where the browser does not report it. */
  embedderBytes: number;
}

/** After a forced GC (twice: the first can leave weakly held objects for the second). */
async function heapAfterGc({ context, page }: { context: BrowserContext; page: Page }) {
  const session = await context.newCDPSession(page);
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    return { jsBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize ?? 0 };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

interface HeapPage {
  label: string;
  url: string;
  /** The live page: wait for its script to finish appending. */
  live?: boolean;
}

async function loadAndSettle({ page, target }: { page: Page; target: HeapPage }) {
  await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
  if (target.live) {
    await page.waitForFunction(
      () => (window as unknown as { appendDone?: boolean }).appendDone === true,
      undefined,
      { timeout: 120_000 },
    );
  }
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(2).padStart(8);

async function main() {
  const argv = process.argv.slice(2);
  const roundsIndex = argv.indexOf('--rounds');
  const rounds = roundsIndex >= 0 ? Math.max(1, Number(argv[roundsIndex + 1]) || 3) : 3;
  const liveDir = await mkdtemp(path.join(os.tmpdir(), 'treaty-lens-heap-'));
  await writeFile(
    path.join(liveDir, 'live.html'),
    syntheticLivePage({ bytes: 5_000_000, appended: 1000 }),
  );
  const liveServer = await startFixtureServer({ root: liveDir });
  const browsers = await launchCorpusBrowsers({ pagesDir: defaultCorpusDir });
  const noop = await launchNoopExtension({ origin: browsers.server.origin });
  const contexts = {
    ours: browsers.withExtension,
    noop: noop.context,
    none: browsers.withoutExtension,
  };
  for (const context of Object.values(contexts)) {
    await context.route(`${liveServer.origin}/**`, (route) => route.continue());
  }
  const pages: HeapPage[] = [
    { label: 'wikipedia-2 (largest, nothing to mark)', url: 'readability/wikipedia-2.html' },
    { label: 'bbc-1 (nothing to mark)', url: 'readability/bbc-1.html' },
    { label: 'topical en-04-wapo-1', url: 'topical/en-04-wapo-1.html' },
    { label: 'topical de-01-heise', url: 'topical/de-01-heise.html' },
  ].map((target) => ({ ...target, url: browsers.server.urlOf(target.url) }));
  pages.push({
    label: '5 MB live page + 1,000 appends',
    url: liveServer.urlOf('live.html'),
    live: true,
  });
  console.log(
    `Heap added by the extension, after forced GC, median of ${rounds} load(s) each; MB (10^6 bytes). "js": V8 used heap; "dom": Blink's heap (Ranges and other DOM objects).`,
  );
  console.log(
    `${'page'.padEnd(40)}${['ours js', 'noop js', 'none js', '+js/noop', '+js/none', 'ours dom', 'none dom', '+dom/none', 'marks'].map((cell) => cell.padStart(10)).join('')}`,
  );
  const summary: Record<string, { addedJsOverNoopMb: number; addedJsOverNoneMb: number }> = {};
  try {
    for (const target of pages) {
      const runs: Record<keyof typeof contexts, HeapUsage[]> = { ours: [], noop: [], none: [] };
      let marks = 0;
      for (let round = 0; round < rounds; round++) {
        for (const [name, context] of Object.entries(contexts) as [
          keyof typeof contexts,
          BrowserContext,
        ][]) {
          // One tab at a time: tabs of one site share a renderer, and so its heap.
          const page = await context.newPage();
          try {
            await loadAndSettle({ page, target });
            if (name === 'ours') {
              await settledStats({ worker: browsers.worker, page, timeoutMs: 60_000 });
              const stats = await askContentScript<PageEngineStats>({
                worker: browsers.worker,
                page,
                message: { type: 'page-engine-stats' },
              });
              marks = stats?.markCount ?? 0;
            }
            // Past our last deferred task, and the same wait for the baselines.
            await page.waitForTimeout(1000);
            runs[name].push(await heapAfterGc({ context, page }));
          } finally {
            await page.close();
          }
        }
      }
      const js = (name: keyof typeof contexts) => median(runs[name].map((run) => run.jsBytes));
      const dom = (name: keyof typeof contexts) =>
        median(runs[name].map((run) => run.embedderBytes));
      summary[target.label] = {
        addedJsOverNoopMb: (js('ours') - js('noop')) / 1e6,
        addedJsOverNoneMb: (js('ours') - js('none')) / 1e6,
      };
      console.log(
        `${target.label.padEnd(40).slice(0, 40)}${[
          js('ours'),
          js('noop'),
          js('none'),
          js('ours') - js('noop'),
          js('ours') - js('none'),
          dom('ours'),
          dom('none'),
          dom('ours') - dom('none'),
        ]
          .map((bytes) => `${megabytes(bytes)}  `)
          .join('')}${String(marks).padStart(10)}`,
      );
    }
  } finally {
    await noop.close();
    await browsers.close();
    await liveServer.close();
    await rm(liveDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(summary));
}

await main();
