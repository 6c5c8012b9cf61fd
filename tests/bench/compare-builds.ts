/**
 * `npx tsx tests/bench/compare-builds.ts --a DIR --b DIR [--pages DIR] [--largest N] [--rounds N]`:
 * all CPU per page load (every task that ran the content script, all frames, compile included;
 * a trace) of two Chromium builds of the extension, A and B, on the same saved pages, loads
 * alternated A, B, A, B… so that a noisy machine slows both alike. Prints per page the median
 * of the rounds, then the median of pages and B/A. For a before/after figure: build the old
 * commit in a worktree (`git worktree add /tmp/before COMMIT`, `npx wxt build` there) and pass
 * its `.output/chrome-mv3` as A. Timing only: nothing fails.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { settledStats } from '../corpus/corpus-browsers';
import { corpusArguments, listPages } from '../corpus/corpus-pages';
import { traceExtensionTasks } from '../corpus/extension-tasks';
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { median } from '../tools/median';

const argv = process.argv.slice(2);
const value = (flag: string) => {
  const index = argv.indexOf(flag);
  return index >= 0 ? argv[index + 1] : undefined;
};
const builds = { A: value('--a'), B: value('--b') };
if (!builds.A || !builds.B)
  throw new Error('Give both builds: --a DIR --b DIR (each a chrome-mv3 build)');
const { dir } = corpusArguments(argv);
const largest = Number(value('--largest') ?? 12);
const rounds = Number(value('--rounds') ?? 3);

const pages = listPages({ dir })
  .map((page) => ({ page, size: statSync(path.join(dir, page)).size }))
  .sort((a, b) => b.size - a.size)
  .slice(0, largest)
  .map(({ page }) => page);
const server = await startFixtureServer({ root: dir });
const launch = async (extensionDir: string) => {
  const browser = await launchChromium({ extensionDir });
  // As in the corpus check: nothing but the fixture server and the extension's own files.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    const ours = url.startsWith(server.origin) || url.startsWith('chrome-extension://');
    return ours ? route.continue() : route.abort();
  });
  return browser;
};
const browsers = { A: await launch(builds.A), B: await launch(builds.B) };

const medians: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (const name of pages) {
  const loads: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let round = 0; round < rounds; round++) {
    for (const label of ['A', 'B'] as const) {
      const browser = browsers[label];
      const worker = browser.context.serviceWorkers()[0];
      if (!worker) throw new Error(`build ${label}: no extension service worker`);
      const page = await browser.context.newPage();
      const tasks = await traceExtensionTasks({
        session: await browser.context.newCDPSession(page),
        extensionOrigin: `chrome-extension://${browser.extensionId}/`,
        run: async () => {
          await page.goto(server.urlOf(name), { waitUntil: 'load', timeout: 30_000 });
          await settledStats({ worker, page, timeoutMs: 60_000 });
          await page.waitForTimeout(500);
        },
      });
      loads[label].push(tasks.totalCpuMs);
      await page.close();
    }
  }
  medians.A.push(median(loads.A));
  medians.B.push(median(loads.B));
  console.log(
    `${name.padEnd(40)} A ${median(loads.A).toFixed(1).padStart(7)} ms   B ${median(loads.B).toFixed(1).padStart(7)} ms`,
  );
}
const [a, b] = [median(medians.A), median(medians.B)];
console.log(
  `All CPU per page load, median of ${pages.length} pages (${rounds} loads each): A ${a.toFixed(1)} ms, B ${b.toFixed(1)} ms, B/A ${(b / a).toFixed(2)}`,
);
await browsers.A.close();
await browsers.B.close();
await server.close();
