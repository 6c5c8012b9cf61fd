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
 *
 * Pages with a `NAME.labels.json` beside them (the topical pages, `../shared/corpus/topical/`,
 * found like every other page under the default folder) are also scored: the ids marked in each
 * labelled paragraph against its labels, precision and recall per page and over all of them, as
 * `npm run eval` scores lines (`topical-labels.ts`). Figures, not a pass or fail; a labelled
 * paragraph missing from the page or a mark the matcher does not explain fails the page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { blockTags, skippedTags } from '../../entrypoints/content/text-scan';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { createMatcher } from '../../utils/matcher/index';
import { type Counts, requiredIds, scoreLines } from '../eval/scoring';
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
import {
  idsMarkedPerParagraph,
  linesToScore,
  type PageLabels,
  readMarksInParagraphs,
  readPageLabels,
} from './topical-labels';

const knowledgeBase = loadKnowledgeBaseFromDisk();
const matcher = createMatcher({ entries: knowledgeBase.entries });
const topicById = new Map(knowledgeBase.entries.map((entry) => [entry.id, entry.topic]));
/** Time after the scan for late effects (a deferred task of ours, a page timer) to show. */
const settleMs = 300;

interface PageReport {
  page: string;
  problems: string[];
  line: string;
  tasks?: ExtensionTasks;
  /** On a labelled (topical) page: its paragraphs as scored lines, with the ids marked in each. */
  accuracy?: PageAccuracy;
  /** The page engine's figures after the first load (null when it never answered). */
  stats?: PageEngineStats | null;
}

interface PageAccuracy {
  lines: ReturnType<typeof linesToScore>['lines'];
  found: string[][];
  counts: Counts;
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
async function firstLoad({
  browsers,
  url,
  labels,
}: {
  browsers: CorpusBrowsers;
  url: string;
  labels: PageLabels | null;
}) {
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
    const accuracy = labels
      ? await scoreMarks({ page: withExtension.page, labels, pageText: marks.pageText })
      : null;
    return {
      stats: stats as PageEngineStats | null,
      tasks,
      without,
      withIt,
      extensionErrors,
      marks,
      accuracy,
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
  dir,
}: {
  browsers: CorpusBrowsers;
  page: string;
  dir: string;
}): Promise<PageReport> {
  const url = browsers.server.urlOf(name.split(path.sep).map(encodeURIComponent).join('/'));
  const labels = readPageLabels({ pagePath: path.join(dir, name) });
  const first = await firstLoad({ browsers, url, labels });
  const { stats, tasks } = first;
  const problems: string[] = [];
  if (!stats) problems.push('the content script did not finish its scan (or did not answer)');
  if (first.extensionErrors.length > 0)
    problems.push(`extension errors: ${first.extensionErrors.join('; ')}`);
  problems.push(...first.marks.problems);
  if (first.accuracy) problems.push(...first.accuracy.problems);

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
    ? `first scan ${stats.firstScanBusyMs.toFixed(1)} ms busy, gate ${stats.gateMs.toFixed(1)} ms, matcher build ${stats.matcherBuildMs > 0 ? `${stats.matcherBuildMs.toFixed(1)} ms` : 'none'}, our tasks ${tasks.totalCpuMs.toFixed(0)} ms CPU in all, longest ${tasks.longestCpuMs.toFixed(1)} ms CPU (${tasks.longestCpuTaskWallMs.toFixed(1)} ms wall; ${tasks.longestCpuTaskRan})`
    : 'no stats';
  const loads = withIt.length > 1 ? `, loaded ${withIt.length}× each way` : '';
  const accuracy = first.accuracy ? `\n     labels: ${countsText(first.accuracy.counts)}` : '';
  const line = `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${stats?.markCount ?? 0} marks (${timing}${loads})${first.marks.entries ? ` ${first.marks.entries}` : ''}${accuracy}`;
  return { page: name, problems, line, tasks, accuracy: first.accuracy ?? undefined, stats };
}

function countsText(counts: Counts): string {
  return `precision ${counts.precision.toFixed(3)}, recall ${counts.recall.toFixed(3)} (tp ${counts.truePositives}, fp ${counts.falsePositives}, fn ${counts.falseNegatives}; ${requiredIds.length} required ids)`;
}

/**
 * The page's marks against its labels, per paragraph (tests/corpus/topical-labels.ts): a
 * labelled paragraph missing from the page, or a mark the matcher does not explain, is a problem.
 */
async function scoreMarks({
  page,
  labels,
  pageText,
}: {
  page: Page;
  labels: PageLabels;
  pageText: string;
}): Promise<PageAccuracy & { problems: string[] }> {
  const read = await page.evaluate(
    readMarksInParagraphs,
    labels.paragraphs.map((paragraph) => paragraph.text),
  );
  const { found, unexplained } = idsMarkedPerParagraph({
    labels,
    marks: read.marks,
    matchesOf: (text) => matcher.findConcepts({ text, pageText }),
    topicOf: (id) => topicById.get(id),
  });
  const scored = linesToScore({ labels, found });
  const problems: string[] = [];
  if (read.missing.length > 0)
    problems.push(
      `labelled paragraphs not found as a <p> on the page: ${read.missing.map((index) => index + 1).join(', ')}`,
    );
  if (unexplained.length > 0)
    problems.push(
      `marks in labelled paragraphs that the matcher does not make: ${unexplained
        .map(
          (mark) => `paragraph ${mark.paragraph + 1} ${mark.start}-${mark.end} ${mark.highlight}`,
        )
        .join('; ')}`,
    );
  const counts = scoreLines({ ...scored, ids: requiredIds }).overall;
  return { ...scored, counts, problems };
}

/** Precision and recall over every labelled paragraph of the run, or null without any. */
function accuracyLine(reports: PageReport[]): string | null {
  const scored = reports.flatMap((report) => (report.accuracy ? [report.accuracy] : []));
  if (scored.length === 0) return null;
  const counts = scoreLines({
    lines: scored.flatMap((accuracy) => accuracy.lines),
    found: scored.flatMap((accuracy) => accuracy.found),
    ids: requiredIds,
  }).overall;
  return `Marks against the labels, ${scored.length} labelled pages: ${countsText(counts)}.`;
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
  return {
    problems,
    entries: ids.map((id) => `${id}×${marked.get(id) ?? 0}`).join(' '),
    pageText,
  };
}

/**
 * Where the matcher's index was built: the match gate should spare it every page with nothing
 * to mark that it can tell apart (a figure; a hidden match fails the page's marks check).
 */
function indexLine(reports: PageReport[]): string {
  const measured = reports.filter((report) => report.stats);
  const built = measured.filter((report) => (report.stats?.matcherBuildMs ?? 0) > 0);
  const builtForNothing = built.filter((report) => (report.stats?.markCount ?? 0) === 0);
  const nothingToMark = measured.filter((report) => (report.stats?.markCount ?? 0) === 0);
  const gate = median(measured.map((report) => report.stats?.gateMs ?? 0));
  return `Matcher index built on ${built.length} of ${measured.length} pages; on ${builtForNothing.length} of the ${nothingToMark.length} with nothing to mark (the match gate let a block through); gate median ${gate.toFixed(1)} ms per page.`;
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
      let outcome = await checkPage({ browsers, page, dir }).catch((error: Error) => error);
      if (outcome instanceof Error && /has been closed|crashed/.test(outcome.message)) {
        // A crashed browser would fail every later page: start fresh browsers and try once more.
        await browsers.close().catch(() => undefined);
        browsers = await launchCorpusBrowsers({ pagesDir: dir });
        outcome = await checkPage({ browsers, page, dir }).catch((error: Error) => error);
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
  console.log(indexLine(reports));
  const accuracy = accuracyLine(reports);
  if (accuracy) console.log(accuracy);
  console.log(`${pages.length - failures.length} of ${pages.length} pages passed.`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
