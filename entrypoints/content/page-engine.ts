import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Topic } from '../../knowledge/types';
import type { Matcher } from '../../utils/matcher/index';
import type { PageEngineStats, PageSummary } from '../../utils/messages';
import { defaultSettings, type Settings, settingsItem } from '../../utils/settings';
import { createLazyCardView } from './card-loader';
import type { CardView } from './card-view';
import { reportConceptCount } from './concept-count-report';
import { type ConceptMark, createMarkStore } from './concept-marks';
import { createEntryDetailsCache } from './entry-details';
import { findMarksInBlock } from './find-marks';
import {
  createHighlightLayer,
  type HighlightLayer,
  supportsCustomHighlights,
} from './highlight-layer';
import { createHighlightStyles, highlightCss } from './highlight-styles';
import { markAtPoint } from './hit-test';
import { trackHover } from './hover-tracker';
import type { MatcherSteps } from './lazy-matcher';
import { isPausedOn, markVisibility } from './mark-visibility';
import type { PageEntry } from './matchable-entries';
import { createOverlayLayer, overlayMarksItem } from './overlay-marks';
import { observePage, type PageChanges } from './page-observer';
import { pageSummaryOf } from './page-summary';
import { visibleFirst } from './reading-order';
import { createRevealer } from './reveal-marks';
import { markBlocksJob, readTextJob } from './scan-jobs';
import type { TextBlock } from './text-blocks';
import { createWorkQueue, type Job, type JobResult } from './work-queue';

export interface PageEngine {
  pageSummary(): PageSummary;
  revealConcept(options: { entryId: string }): boolean;
  revealNextMark(): boolean;
  revealPreviousMark(): boolean;
  stats(): PageEngineStats;
}

/**
 * The matcher reads the page text given for page-wide context rules in one go, so on a huge
 * page that one read would be a long task. Context words near what the reader sees are the
 * ones that matter: the page text is the visible-first blocks up to this length.
 */
const maxPageTextLength = 100_000;

function pageTextOf({ blocks }: { blocks: TextBlock[] }): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (length + block.text.length > maxPageTextLength) break;
    parts.push(block.text);
    length += block.text.length + 1;
  }
  return parts.join('\n');
}

/** A layer that shows nothing, for browsers without CSS Custom Highlights. */
const noHighlights: HighlightLayer = { add() {}, remove() {}, show() {}, flash() {}, clear() {} };

/**
 * The page engine: reads the page's text in small tasks, marks the concepts the matcher finds
 * (visible text first), follows the page as it changes, and opens a card on hover or reveal.
 * Everything it starts is tied to `ctx`, so an extension update or a closed tab stops it.
 */
export function startPageEngine({
  ctx,
  buildMatcher,
  entries,
  topics,
  scriptStart,
}: {
  ctx: ContentScriptContext;
  /** Builds the matcher in steps (`lazy-matcher.ts`), run by the work queue, not during start-up. */
  buildMatcher: () => MatcherSteps;
  /** The entries, read on first use: most pages have nothing to mark, and start-up stays short. */
  entries: () => readonly PageEntry[];
  topics: readonly Topic[];
  /** performance.now() when the content script began, for the start-up time. */
  scriptStart: number;
}): PageEngine {
  const mainStart = performance.now();
  let entryIndex: ReadonlyMap<string, PageEntry> | null = null;
  const entryById = () => {
    entryIndex ??= new Map(entries().map((entry) => [entry.id, entry]));
    return entryIndex;
  };
  const topicOf = (entryId: string) => entryById().get(entryId)?.topic;
  const titleOf = (entryId: string) => entryById().get(entryId)?.title ?? entryId;
  const store = createMarkStore();
  // The toolbar badge's count: the concepts the popup would list (entrypoints/background/badge.ts).
  const countReport = reportConceptCount({ ctx, count: () => summary().concepts.length });
  // Without CSS Custom Highlights nothing is marked unless the reader turned the overlay on.
  let layer: HighlightLayer = supportsCustomHighlights() ? createHighlightLayer() : noHighlights;
  const styles = supportsCustomHighlights() ? createHighlightStyles() : null;
  const styledRoots = new Set<Document | ShadowRoot>();
  const shadowRoots: ShadowRoot[] = [];
  const stats: PageEngineStats = {
    startupMs: 0,
    firstScanBusyMs: 0,
    firstScanWallMs: 0,
    lastScanBusyMs: 0,
    lastScanWallMs: 0,
    matcherBuildMs: 0,
    longestMatcherStepMs: 0,
    evaluateMs: 0,
    matchMs: 0,
    longestTaskMs: 0,
    markCount: 0,
    textLength: 0,
    scanning: false,
    fullScans: 0,
  };
  const noteTask = (ms: number) => {
    if (ms > stats.longestTaskMs) stats.longestTaskMs = ms;
  };
  /** Runs a handler of ours and counts it as a task. */
  const timed = <T>(run: () => T): T => {
    const start = performance.now();
    try {
      return run();
    } finally {
      noteTask(performance.now() - start);
    }
  };
  const queue = createWorkQueue({
    signal: ctx.signal,
    onTask: (ms) => {
      noteTask(ms);
      // The task that ends a scan counts too (the scan is over by the time this runs).
      if (!countingScan) return;
      stats.lastScanBusyMs += ms;
      if (stats.fullScans === 1) stats.firstScanBusyMs += ms;
      countingScan = stats.scanning;
    },
  });
  let countingScan = false;

  let settings: Settings = defaultSettings;
  let settingsLoaded = false;
  let paused = false;
  let isShown: (mark: ConceptMark) => boolean = () => true;
  let pageText = '';
  let generation = 0;

  function adoptStylesFor(mark: ConceptMark) {
    if (!styles) return;
    const root = mark.range.startContainer.getRootNode() as Document | ShadowRoot;
    if (styledRoots.has(root)) return;
    styledRoots.add(root);
    styles.adoptIn(root);
  }

  function refreshHighlights() {
    isShown = markVisibility({ settings, marksInDocumentOrder: store.inDocumentOrder() });
    const shown = store.all().filter((mark) => isShown(mark));
    for (const mark of shown) adoptStylesFor(mark);
    layer.show(shown);
    if (card.current && !isShown(card.current.mark)) card.close();
    countReport.changed();
  }

  function addMarks(marks: ConceptMark[]) {
    for (const mark of marks) {
      if (!store.add(mark)) continue;
      // In calm mode the first occurrence is only known once the scan is done.
      if (settings.calmMode) continue;
      if (!isShown(mark)) continue;
      adoptStylesFor(mark);
      layer.add(mark);
    }
    stats.markCount = store.size;
    if (store.size > 0) startHoverTracking();
    countReport.changed();
  }

  let matcher: Matcher | null = null;
  let matcherSteps: MatcherSteps | null = null;
  /**
   * One step of the matcher's build (a millisecond or so): true once the matcher is ready,
   * 'waiting' while its code loads (the queue then yields instead of calling again).
   */
  function buildMatcherStep(): JobResult {
    if (matcher) return true;
    matcherSteps ??= buildMatcher();
    const start = performance.now();
    const step = matcherSteps.next();
    const stepMs = performance.now() - start;
    stats.matcherBuildMs += stepMs;
    stats.longestMatcherStepMs = Math.max(stats.longestMatcherStepMs, stepMs);
    if (step.done) {
      matcher = step.value;
      return true;
    }
    return step.value === 'waiting' ? 'waiting' : false;
  }
  /** `job`, run only once the matcher is built: until then each call is one build step. */
  const afterMatcherBuilt =
    (job: Job): Job =>
    () => {
      const built = buildMatcherStep();
      return built === true ? job() : built;
    };
  const markBlock = (block: TextBlock) => {
    // Only called from jobs that wait for the matcher (afterMatcherBuilt).
    if (!matcher) return;
    const start = performance.now();
    const marks = findMarksInBlock({ block, matcher, pageText, topicOf });
    stats.matchMs += performance.now() - start;
    addMarks(marks);
  };

  function observeShadowRoot(root: ShadowRoot) {
    if (shadowRoots.includes(root)) return;
    shadowRoots.push(root);
    observer.observe(root);
  }

  function fullScan() {
    generation++;
    const scanGeneration = generation;
    queue.clear();
    store.clear();
    layer.clear();
    styledRoots.clear();
    stats.fullScans++;
    stats.scanning = true;
    stats.lastScanBusyMs = 0;
    countingScan = true;
    const started = performance.now();
    const root = document.body ?? document.documentElement;
    const scanDone = () => {
      if (scanGeneration !== generation) return;
      stats.scanning = false;
      stats.lastScanWallMs = performance.now() - started;
      if (stats.fullScans === 1) stats.firstScanWallMs = stats.lastScanWallMs;
      if (settings.calmMode) refreshHighlights();
      countReport.changed();
    };
    queue.push(
      readTextJob({
        roots: [root],
        onShadowRoot: observeShadowRoot,
        onDone(blocks) {
          if (scanGeneration !== generation) return;
          const ordered = visibleFirst({ blocks });
          pageText = pageTextOf({ blocks: ordered });
          stats.textLength = blocks.reduce((sum, block) => sum + block.text.length, 0);
          // A frame with no text (an empty ad or tracking frame: news pages have many) never
          // pays for the matcher; text added later builds it then.
          if (blocks.length === 0) {
            scanDone();
            return;
          }
          // The matcher's index is built here, one step per turn of the queue, so that no task
          // of ours runs long; the blocks are then marked, visible ones first.
          queue.push(
            afterMatcherBuilt(markBlocksJob({ blocks: ordered, markBlock, onDone: scanDone })),
            { first: true },
          );
        },
      }),
    );
  }

  function scanChanges(changes: PageChanges) {
    if (paused) return;
    if (changes.rescan) {
      fullScan();
      return;
    }
    const { dirtyRoots } = changes;
    // Paragraphs appended to a live page cannot hold marks yet: skip the pass over all marks.
    const gone =
      changes.onlyNewRoots && !changes.removed
        ? []
        : store.removeWhere(
            (mark) =>
              mark.nodes.some((node) => !node.isConnected) ||
              dirtyRoots.some((root) => root.contains(mark.range.startContainer)),
          );
    for (const mark of gone) layer.remove(mark);
    if (gone.length > 0 && card.current && gone.includes(card.current.mark)) card.close();
    stats.markCount = store.size;
    if (gone.length > 0) countReport.changed();
    if (dirtyRoots.length === 0) return;
    const scanGeneration = generation;
    queue.push(
      readTextJob({
        roots: dirtyRoots,
        onShadowRoot: observeShadowRoot,
        onDone(blocks) {
          if (scanGeneration !== generation) return;
          queue.push(
            afterMatcherBuilt(
              markBlocksJob({
                blocks,
                markBlock,
                onDone() {
                  if (settings.calmMode) refreshHighlights();
                },
              }),
            ),
            { first: true },
          );
        },
      }),
      { first: true },
    );
  }

  function stop() {
    generation++;
    queue.clear();
    store.clear();
    layer.clear();
    stats.scanning = false;
    card.close();
    countReport.changed();
  }

  function applySettings(stored: Partial<Settings> | null) {
    const previous = settings;
    // Missing fields (an older or hand-edited stored value) take their defaults.
    const next: Settings = { ...defaultSettings, ...stored };
    settings = next;
    settingsLoaded = true;
    followNavigation();
    const wasPaused = paused;
    paused = isPausedOn({ settings, hostname: location.hostname });
    if (paused) {
      if (!wasPaused || stats.fullScans === 0) stop();
      return;
    }
    if (
      styles &&
      (previous.markStyle !== next.markStyle ||
        previous.topicColors !== next.topicColors ||
        stats.fullScans === 0)
    ) {
      styles.update(
        highlightCss({ topics, markStyle: settings.markStyle, topicColors: settings.topicColors }),
      );
    }
    if (wasPaused || stats.fullScans === 0) fullScan();
    else refreshHighlights();
  }

  const entryDetails = createEntryDetailsCache();
  const card: CardView = createLazyCardView({
    ctx,
    entryDetails,
    titleOf,
  });
  const observer = observePage({ ctx, onChanges: (changes) => timed(() => scanChanges(changes)) });
  observer.observe(document);

  // Start-up does only what the first scan needs: hover tracking waits for the first mark
  // (pages without concepts never get its listeners), navigation for the first settings.
  let trackingHover = false;
  function startHoverTracking() {
    if (trackingHover) return;
    trackingHover = true;
    trackHover({
      ctx,
      card,
      hasMarks: () => store.size > 0,
      markAt: ({ x, y }) => timed(() => markAtPoint({ x, y, store, shadowRoots, isShown })),
      trigger: () => settings,
    });
  }
  const revealer = createRevealer({
    ctx,
    card,
    flash: (mark) => layer.flash(mark),
    shownMarks: () => store.inDocumentOrder().filter((mark) => isShown(mark)),
  });

  let followingNavigation = false;
  function followNavigation() {
    if (followingNavigation) return;
    followingNavigation = true;
    // A single-page app changed its URL: the article is new, so start over.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!paused && settingsLoaded) timed(fullScan);
    });
  }
  const unwatch = settingsItem.watch((next) => timed(() => applySettings(next)));
  ctx.onInvalidated(() => {
    // After an extension update or reload this old script's APIs are gone: removing the
    // storage listener throws "Extension context invalidated" into the page's console (and the
    // listener can never fire again anyway). Found by integration.suite.ts.
    try {
      unwatch();
    } catch {}
    queue.clear();
    layer.clear();
    styles?.detach();
  });
  if (!supportsCustomHighlights()) {
    void overlayMarksItem()
      .getValue()
      .then((enabled) => {
        if (!enabled || ctx.isInvalid) return;
        layer = createOverlayLayer({ ctx, topics });
        refreshHighlights();
      });
  }
  void settingsItem.getValue().then((value) => {
    if (ctx.isValid && !settingsLoaded) timed(() => applySettings(value));
  });
  stats.startupMs = performance.now() - scriptStart;
  stats.evaluateMs = mainStart - scriptStart;

  function summary(): PageSummary {
    return pageSummaryOf({
      url: location.href,
      scanning: stats.scanning || !settingsLoaded,
      paused,
      marks: store.all(),
      settings,
      titleOf,
    });
  }

  return {
    pageSummary: summary,
    revealConcept: ({ entryId }) => timed(() => revealer.revealConcept({ entryId })),
    revealNextMark: () => timed(() => revealer.revealAdjacent({ direction: 'next' })),
    revealPreviousMark: () => timed(() => revealer.revealAdjacent({ direction: 'previous' })),
    stats: () => ({ ...stats }),
  };
}
