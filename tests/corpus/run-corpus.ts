/**
 * `npm run test:corpus -- [--pages DIR] [--only TEXT] [--limit N]`: loads each saved page in
 * Chromium with the built extension (and once without it), network blocked, no interaction.
 * Fails on any error from the extension, any DOM change the extension caused before
 * interaction, any page error that does not also happen without the extension, or marks that
 * differ from the matcher run on the page's paragraphs. Prints one line per page.
 */
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { blockTags, skippedTags } from '../../entrypoints/content/text-scan';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { createMatcher } from '../../utils/matcher/index';
import {
  askContentScript,
  type CorpusBrowsers,
  launchCorpusBrowsers,
  type PageSummary,
  settledStats,
} from './corpus-browsers';
import { corpusArguments, listPages } from './corpus-pages';
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

/** Items of `found` not matched one for one by an item of `baseline` (a multiset difference). */
function extra({ found, baseline }: { found: string[]; baseline: string[] }): string[] {
  const counts = new Map<string, number>();
  for (const item of baseline) counts.set(item, (counts.get(item) ?? 0) + 1);
  return found.filter((item) => {
    const left = counts.get(item) ?? 0;
    if (left === 0) return true;
    counts.set(item, left - 1);
    return false;
  });
}

async function openWatchedPage({ context }: { context: BrowserContext }) {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  return { page, pageErrors };
}

async function checkPage({
  browsers,
  page: name,
}: {
  browsers: CorpusBrowsers;
  page: string;
}): Promise<PageReport> {
  const url = browsers.server.urlOf(name.split(path.sep).map(encodeURIComponent).join('/'));
  const problems: string[] = [];

  const plain = await openWatchedPage({ context: browsers.withoutExtension });
  const withExtension = await openWatchedPage({ context: browsers.withExtension });
  const { errors: extensionErrors, session } = await watchExtensionErrors({
    page: withExtension.page,
    extensionOrigin: browsers.extensionOrigin,
  });
  try {
    await Promise.all([
      plain.page
        .goto(url, { waitUntil: 'load', timeout: 30_000 })
        .catch((error) => plain.pageErrors.push(`goto: ${error.message}`)),
      withExtension.page
        .goto(url, { waitUntil: 'load', timeout: 30_000 })
        .catch((error) => withExtension.pageErrors.push(`goto: ${error.message}`)),
    ]);
    const stats = await settledStats({ worker: browsers.worker, page: withExtension.page });
    if (!stats) problems.push('the content script did not finish its scan (or did not answer)');
    await Promise.all([
      plain.page.waitForTimeout(settleMs),
      withExtension.page.waitForTimeout(settleMs),
    ]);

    const [baselineWatch, extensionWatch] = await Promise.all([
      plain.page.evaluate(readPageWatch),
      withExtension.page.evaluate(readPageWatch),
    ]);
    let domChanges = extra({ found: extensionWatch.changes, baseline: baselineWatch.changes });
    if (domChanges.length > 0) {
      // A page's own timers can change its DOM a little differently from one load to the next:
      // give the page without the extension a second, longer load before blaming us.
      const again = await openWatchedPage({ context: browsers.withoutExtension });
      try {
        await again.page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        // In front, like the page with the extension (whose content script is asked in front),
        // and long enough for a page's own timers (web-font loaders give up after 3 s).
        await again.page.bringToFront();
        await again.page.waitForTimeout(settleMs + (stats?.firstScanWallMs ?? 0) + 3000);
        const secondBaseline = await again.page.evaluate(readPageWatch);
        domChanges = extra({ found: domChanges, baseline: secondBaseline.changes });
      } finally {
        await again.page.close();
      }
    }
    if (domChanges.length > 0)
      problems.push(`DOM changes before interaction: ${domChanges.slice(0, 5).join('; ')}`);
    const newErrors = extra({
      found: [...new Set([...extensionWatch.errors, ...withExtension.pageErrors])],
      baseline: [...new Set([...baselineWatch.errors, ...plain.pageErrors])],
    });
    if (newErrors.length > 0)
      problems.push(`page errors only with the extension: ${newErrors.join('; ')}`);
    if (extensionErrors.length > 0)
      problems.push(`extension errors: ${extensionErrors.join('; ')}`);

    // Marks on screen against the matcher run on the page's own paragraphs.
    const summary = await askContentScript<PageSummary>({
      worker: browsers.worker,
      page: withExtension.page,
      message: { type: 'page-summary' },
    });
    const marked = new Map(
      (summary?.concepts ?? []).map((concept) => [concept.entryId, concept.count]),
    );
    const paragraphs = await withExtension.page.evaluate(readParagraphs, {
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
    if (differing.length > 0) {
      problems.push(
        `marks differ from the matcher: ${differing.map((id) => `${id} marked ${marked.get(id) ?? 0}, matcher ${expected.get(id) ?? 0}`).join('; ')}`,
      );
    }
    const total = [...marked.values()].reduce((sum, count) => sum + count, 0);
    const entries = ids.map((id) => `${id}×${marked.get(id) ?? 0}`).join(' ');
    const timing = stats
      ? `scan ${(stats.firstScanBusyMs - stats.matcherBuildMs).toFixed(1)} ms + matcher build ${stats.matcherBuildMs.toFixed(1)} ms (longest step ${stats.longestMatcherStepMs.toFixed(1)} ms), longest task ${stats.longestTaskMs.toFixed(1)} ms`
      : 'no stats';
    const line = `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${total} marks (${timing})${entries ? ` ${entries}` : ''}`;
    return { page: name, problems, line };
  } finally {
    await session.detach().catch(() => undefined);
    await plain.page.close();
    await withExtension.page.close();
  }
}

async function main() {
  const { dir, limit, only } = corpusArguments(process.argv.slice(2));
  const pages = listPages({ dir })
    .filter((page) => page.includes(only))
    .slice(0, limit);
  console.log(`Corpus check: ${pages.length} pages from ${dir}`);
  let browsers = await launchCorpusBrowsers({ pagesDir: dir });
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
      if (report.problems.length > 0) failures.push(report);
    }
  } finally {
    await browsers.close();
  }
  console.log(`\n${pages.length - failures.length} of ${pages.length} pages passed.`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
