/**
 * `npm run test:corpus -- [--pages DIR] [--only TEXT] [--limit N]` (and the last step of
 * `npm test`): loads each saved page in Chromium with the built extension and, side by side, in
 * the same Chromium without it, network blocked, no interaction. Fails on any error from the
 * extension, any DOM change or page error seen only with the extension, or marks that differ from
 * the matcher run on the page's paragraphs. Where the first two loads differ, both are loaded
 * again (up to twice, waiting longer) and only what every load with the extension showed and no
 * load without it showed counts (`load-differences.ts`): pages' own timers differ between loads.
 * Prints one line per page with the marks found and the longest task that ran our code, by CPU
 * time from a trace (`extension-tasks.ts`), then the longest across pages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { blockTags, skippedTags } from '../../entrypoints/content/text-scan';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { createMatcher } from '../../utils/matcher/index';
import { median } from '../tools/median';
import {
  askContentScript,
  type CorpusBrowsers,
  launchCorpusBrowsers,
  type PageEngineStats,
  type PageSummary,
  settledStats,
} from './corpus-browsers';
import { corpusArguments, defaultCorpusDir, listPages } from './corpus-pages';
import { type ExtensionTasks, traceExtensionTasks } from './extension-tasks';
import { onlyWithExtension } from './load-differences';
import { readParagraphs } from './page-paragraphs';
import { readPageWatch } from './page-watch';

const knowledgeBase = loadKnowledgeBaseFromDisk();
const matcher = createMatcher({ entries: knowledgeBase.entries });
/** Time after the scan for late effects (a deferred task of ours, a page timer) to show. */
const settleMs = 300;

interface PageReport {
  page: string;
  problems: string[];
  line: string;
  tasks?: ExtensionTasks;
}

/** Errors raised by our extension's code: exceptions and console errors from its origin or world. */
async function watchExtensionErrors({
  page,
  extensionOrigin,
}: {
  page: Page;
  extensionOrigin: string;
}): Promise<{ errors: string[]; session: CDPSession }> {
  const errors: string[] = [];
  const extensionContexts = new Set<number>();
  const session = await page.context().newCDPSession(page);
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && `${context.origin}/`.startsWith(extensionOrigin)) {
      extensionContexts.add(context.id);
    }
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const where = `${exceptionDetails.url ?? ''} ${JSON.stringify(exceptionDetails.stackTrace ?? '')}`;
    if (
      where.includes(extensionOrigin) ||
      extensionContexts.has(exceptionDetails.executionContextId ?? -1)
    ) {
      errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
  session.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
    if (
      (type === 'error' || type === 'warning' || type === 'assert') &&
      extensionContexts.has(executionContextId)
    ) {
      errors.push(`console.${type}: ${args.map((arg) => arg.value ?? arg.description).join(' ')}`);
    }
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && `${entry.url ?? ''} ${entry.text}`.includes(extensionOrigin)) {
      errors.push(`log: ${entry.text}`);
    }
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return { errors, session };
}

/** What one load of a page showed: its DOM changes and the errors its own world saw. */
interface PageLoad {
  changes: string[];
  errors: string[];
}

async function openWatchedPage({ context }: { context: BrowserContext }) {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  return {
    page,
    goto: (url: string) =>
      page
        .goto(url, { waitUntil: 'load', timeout: 30_000 })
        .then(() => undefined)
        .catch((error: Error) => void pageErrors.push(`goto: ${error.message.split('\n')[0]}`)),
    async read(): Promise<PageLoad> {
      const watch = await page.evaluate(readPageWatch);
      return { changes: watch.changes, errors: [...new Set([...watch.errors, ...pageErrors])] };
    },
  };
}

/**
 * One more load of the page with and without the extension, side by side, each in front of its
 * browser and left `waitMs` after the load (long enough for a page's own timers and loaders).
 */
async function loadAgain({
  browsers,
  url,
  waitMs,
}: {
  browsers: CorpusBrowsers;
  url: string;
  waitMs: number;
}): Promise<{ withIt: PageLoad; without: PageLoad }> {
  const plain = await openWatchedPage({ context: browsers.withoutExtension });
  const withExtension = await openWatchedPage({ context: browsers.withExtension });
  try {
    await Promise.all([plain.goto(url), withExtension.goto(url)]);
    await Promise.all([plain.page.bringToFront(), withExtension.page.bringToFront()]);
    await settledStats({ worker: browsers.worker, page: withExtension.page });
    await Promise.all([
      plain.page.waitForTimeout(waitMs),
      withExtension.page.waitForTimeout(waitMs),
    ]);
    const [without, withIt] = await Promise.all([plain.read(), withExtension.read()]);
    return { withIt, without };
  } finally {
    await plain.page.close();
    await withExtension.page.close();
  }
}

/** Loads of each kind after the first, at most, while something is seen only with the extension. */
const moreLoads = 2;

/**
 * The first load of the page with the extension (traced) and without it, side by side: the
 * extension's errors and tasks, what each load showed, and the marks against the matcher.
 */
async function firstLoad({ browsers, url }: { browsers: CorpusBrowsers; url: string }) {
  const plain = await openWatchedPage({ context: browsers.withoutExtension });
  const withExtension = await openWatchedPage({ context: browsers.withExtension });
  const { errors: extensionErrors, session } = await watchExtensionErrors({
    page: withExtension.page,
    extensionOrigin: browsers.extensionOrigin,
  });
  try {
    let stats: PageEngineStats | null = null;
    const tasks = await traceExtensionTasks({
      session,
      extensionOrigin: browsers.extensionOrigin,
      run: async () => {
        await Promise.all([plain.goto(url), withExtension.goto(url)]);
        stats = await settledStats({ worker: browsers.worker, page: withExtension.page });
        await Promise.all([
          plain.page.waitForTimeout(settleMs),
          withExtension.page.waitForTimeout(settleMs),
        ]);
      },
    });
    const [without, withIt] = await Promise.all([plain.read(), withExtension.read()]);
    const marks = await compareMarks({ browsers, page: withExtension.page });
    return {
      stats: stats as PageEngineStats | null,
      tasks,
      without,
      withIt,
      extensionErrors,
      marks,
    };
  } finally {
    await session.detach().catch(() => undefined);
    await plain.page.close();
    await withExtension.page.close();
  }
}

async function checkPage({
  browsers,
  page: name,
}: {
  browsers: CorpusBrowsers;
  page: string;
}): Promise<PageReport> {
  const url = browsers.server.urlOf(name.split(path.sep).map(encodeURIComponent).join('/'));
  const first = await firstLoad({ browsers, url });
  const { stats, tasks } = first;
  const problems: string[] = [];
  if (!stats) problems.push('the content script did not finish its scan (or did not answer)');
  if (first.extensionErrors.length > 0)
    problems.push(`extension errors: ${first.extensionErrors.join('; ')}`);
  problems.push(...first.marks.problems);

  const withIt = [first.withIt];
  const without = [first.without];
  const unexplained = () => ({
    changes: onlyWithExtension({
      withIt: withIt.map((load) => load.changes),
      without: without.map((load) => load.changes),
    }),
    errors: onlyWithExtension({
      withIt: withIt.map((load) => load.errors),
      without: without.map((load) => load.errors),
    }),
  });
  let difference = unexplained();
  for (
    let load = 0;
    load < moreLoads && difference.changes.length + difference.errors.length > 0;
    load++
  ) {
    // Web-font loaders give up after 3 s: wait past that, and past our own first scan.
    const waitMs = settleMs + (stats?.firstScanWallMs ?? 0) + 3000;
    const again = await loadAgain({ browsers, url, waitMs });
    withIt.push(again.withIt);
    without.push(again.without);
    difference = unexplained();
  }
  if (difference.changes.length > 0)
    problems.push(`DOM changes before interaction: ${difference.changes.slice(0, 5).join('; ')}`);
  if (difference.errors.length > 0)
    problems.push(`page errors only with the extension: ${difference.errors.join('; ')}`);

  const timing = stats
    ? `first scan ${stats.firstScanBusyMs.toFixed(1)} ms busy, matcher build ${stats.matcherBuildMs.toFixed(1)} ms, our tasks ${tasks.totalCpuMs.toFixed(0)} ms CPU in all, longest ${tasks.longestCpuMs.toFixed(1)} ms CPU (${tasks.longestCpuTaskWallMs.toFixed(1)} ms wall; ${tasks.longestCpuTaskRan})`
    : 'no stats';
  const loads = withIt.length > 1 ? `, loaded ${withIt.length}× each way` : '';
  const line = `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${stats?.markCount ?? 0} marks (${timing}${loads})${first.marks.entries ? ` ${first.marks.entries}` : ''}`;
  return { page: name, problems, line, tasks };
}

/** The marks on screen against the matcher run on the page's own paragraphs. */
async function compareMarks({ browsers, page }: { browsers: CorpusBrowsers; page: Page }) {
  const summary = await askContentScript<PageSummary>({
    worker: browsers.worker,
    page,
    message: { type: 'page-summary' },
  });
  const marked = new Map(
    (summary?.concepts ?? []).map((concept) => [concept.entryId, concept.count]),
  );
  const paragraphs = await page.evaluate(readParagraphs, {
    blockTags: [...blockTags],
    skippedTags: [...skippedTags],
  });
  const pageText = paragraphs.join('\n');
  const expected = new Map<string, number>();
  for (const text of paragraphs) {
    for (const match of matcher.findConcepts({ text, pageText })) {
      expected.set(match.entryId, (expected.get(match.entryId) ?? 0) + 1);
    }
  }
  const ids = [...new Set([...marked.keys(), ...expected.keys()])].sort();
  const differing = ids.filter((id) => (marked.get(id) ?? 0) !== (expected.get(id) ?? 0));
  const problems =
    differing.length > 0
      ? [
          `marks differ from the matcher: ${differing.map((id) => `${id} marked ${marked.get(id) ?? 0}, matcher ${expected.get(id) ?? 0}`).join('; ')}`,
        ]
      : [];
  return { problems, entries: ids.map((id) => `${id}×${marked.get(id) ?? 0}`).join(' ') };
}

/**
 * Our tasks across the pages, by CPU time: the longest, and all of a load added up (figures,
 * not a pass or fail: timing targets are the bench's, and this machine's load moves them).
 */
function ourTasksLine(reports: PageReport[]): string {
  const timed = reports.filter((report) => Number.isFinite(report.tasks?.longestCpuMs));
  const longestOf = (report: PageReport) => report.tasks?.longestCpuMs ?? 0;
  const longest = timed.reduce<PageReport | null>(
    (most, report) => (most && longestOf(most) >= longestOf(report) ? most : report),
    null,
  );
  if (!longest) return 'Tasks of ours: not measured.';
  const over = timed.filter((report) => longestOf(report) > 50).map((report) => report.page);
  return [
    `Tasks of ours by CPU time (${timed.length} pages):`,
    `longest per page median ${median(timed.map(longestOf)).toFixed(1)} ms,`,
    `max ${longestOf(longest).toFixed(1)} ms (${longest.page});`,
    `pages with a task over 50 ms: ${over.length}${over.length > 0 ? ` (${over.join(', ')})` : ''};`,
    `all tasks of a load, median ${median(timed.map((report) => report.tasks?.totalCpuMs ?? 0)).toFixed(0)} ms.`,
  ].join(' ');
}

async function main() {
  const { dir, limit, only } = corpusArguments(process.argv.slice(2));
  if (dir === defaultCorpusDir && !existsSync(dir)) {
    // `npm test` outside the shared workspace: say so loudly rather than fail on a missing folder.
    console.log(`Corpus check skipped: no saved pages at ${dir} (give --pages DIR).`);
    return;
  }
  const pages = listPages({ dir })
    .filter((page) => page.includes(only))
    .slice(0, limit);
  console.log(`Corpus check: ${pages.length} pages from ${dir}`);
  let browsers = await launchCorpusBrowsers({ pagesDir: dir });
  const reports: PageReport[] = [];
  const failures: PageReport[] = [];
  try {
    for (const page of pages) {
      let outcome = await checkPage({ browsers, page }).catch((error: Error) => error);
      if (outcome instanceof Error && /has been closed|crashed/.test(outcome.message)) {
        // A crashed browser would fail every later page: start fresh browsers and try once more.
        await browsers.close().catch(() => undefined);
        browsers = await launchCorpusBrowsers({ pagesDir: dir });
        outcome = await checkPage({ browsers, page }).catch((error: Error) => error);
      }
      const message = outcome instanceof Error ? (outcome.message.split('\n')[0] ?? '') : '';
      const report: PageReport =
        outcome instanceof Error
          ? { page, problems: [message], line: `FAIL ${page}: ${message}` }
          : outcome;
      console.log(report.line);
      for (const problem of report.problems) console.log(`     ${problem}`);
      reports.push(report);
      if (report.problems.length > 0) failures.push(report);
    }
  } finally {
    await browsers.close();
  }
  console.log(`\n${ourTasksLine(reports)}`);
  console.log(`${pages.length - failures.length} of ${pages.length} pages passed.`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
