import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Topic } from '../../knowledge/types';
import type { PageEngineStats, PageSummary } from '../../utils/messages';
import { chooseCardLanguage } from '../../utils/reader-language';
import { defaultSettings, type Settings, settingsItem } from '../../utils/settings';
import { createLazyCardView } from './card-loader';
import type { CardView } from './card-view';
import { reportConceptCount } from './concept-count-report';
import { createEngineStats } from './engine-stats';
import { createEntryDetailsCache } from './entry-details';
import { supportsCustomHighlights } from './highlight-layer';
import { wireHover } from './hover-wiring';
import type { MatcherSteps, MatchGateSteps } from './lazy-matcher';
import { isPausedOn } from './mark-visibility';
import type { PageEntry } from './matchable-entries';
import { createMatcherOnDemand } from './matcher-on-demand';
import { createOverlayLayer, overlayMarksItem } from './overlay-marks';
import { createPageMarks } from './page-marks';
import { observePage } from './page-observer';
import { createPageScan } from './page-scan';
import { pageSummaryOf } from './page-summary';
import { createWorkQueue } from './work-queue';

export interface PageEngine {
  pageSummary(): PageSummary;
  revealConcept(options: { entryId: string }): boolean;
  revealNextMark(): boolean;
  revealPreviousMark(): boolean;
  stats(): PageEngineStats;
}

/**
 * The page engine: reads the page's text in small tasks, marks the concepts the matcher finds
 * (visible text first), follows the page as it changes, and opens a card on hover or reveal.
 * Its parts, one job each: the scan (page-scan.ts, with the matcher built on demand,
 * matcher-on-demand.ts), the marks (page-marks.ts), the hover and reveals (hover-wiring.ts) and
 * the measurements (engine-stats.ts); this function joins them to the settings and the page's
 * life. Everything it starts is tied to `ctx`, so an extension update or a closed tab stops it.
 */
export function startPageEngine({
  ctx,
  buildMatcher,
  loadGate,
  entries,
  topics,
  scriptStart,
}: {
  ctx: ContentScriptContext;
  /** Builds the matcher in steps (`lazy-matcher.ts`), run by the work queue, not during start-up. */
  buildMatcher: () => MatcherSteps;
  /** Loads the match gate, which tells whether the matcher's index is worth building (`lazy-matcher.ts`). */
  loadGate: () => MatchGateSteps;
  /** The entries, once loaded with the matcher (none before: nothing is marked before). */
  entries: () => readonly PageEntry[];
  topics: readonly Topic[];
  /** performance.now() when the content script began, for the start-up time. */
  scriptStart: number;
}): PageEngine {
  const mainStart = performance.now();
  let entryIndex: ReadonlyMap<string, PageEntry> | null = null;
  const entryById = () => {
    // Made once the entries are there (they come with the matcher, before any mark).
    if (!entryIndex || entryIndex.size === 0) {
      entryIndex = new Map(entries().map((entry) => [entry.id, entry]));
    }
    return entryIndex;
  };
  const topicOf = (entryId: string) => entryById().get(entryId)?.topic;
  const titleOf = (entryId: string) => entryById().get(entryId)?.title ?? entryId;
  const engineStats = createEngineStats();
  const { stats, timed } = engineStats;
  // The toolbar badge's count: the concepts the popup would list (entrypoints/background/badge.ts).
  const countReport = reportConceptCount({ ctx, count: () => summary().concepts.length });
  const queue = createWorkQueue({ signal: ctx.signal, onTask: engineStats.queueTaskEnded });

  let settings: Settings = defaultSettings;
  let settingsLoaded = false;
  let paused = false;

  const card: CardView = createLazyCardView({
    ctx,
    entryDetails: createEntryDetailsCache(),
    titleOf,
    languageOf: (mark) =>
      chooseCardLanguage({
        setting: settings.language,
        phraseLanguage: mark.language,
        pageLanguage: document.documentElement.lang,
        uiLanguage: browser.i18n.getUILanguage(),
      }),
  });
  const marks = createPageMarks({
    settings: () => settings,
    topics,
    card,
    changed() {
      stats.markCount = marks.store.size;
      // Start-up does only what the first scan needs: hover tracking waits for the first mark.
      if (marks.store.size > 0) hover.startTracking();
      countReport.changed();
    },
  });
  const shadowRoots: ShadowRoot[] = [];
  const hover = wireHover({ ctx, card, marks, shadowRoots, settings: () => settings, timed });
  const scan = createPageScan({
    queue,
    marks,
    matcher: createMatcherOnDemand({ buildMatcher, loadGate, stats }),
    engineStats,
    topicOf,
    calmMode: () => settings.calmMode,
    onShadowRoot(root) {
      if (shadowRoots.includes(root)) return;
      shadowRoots.push(root);
      observer.observe(root);
    },
    changed: () => countReport.changed(),
  });
  const observer = observePage({
    ctx,
    onChanges: (changes) =>
      timed(() => {
        if (!paused) scan.scanChanges(changes);
      }),
  });
  observer.observe(document);

  function stop() {
    scan.stop();
    marks.clear();
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
      previous.markStyle !== next.markStyle ||
      previous.topicColors !== next.topicColors ||
      stats.fullScans === 0
    ) {
      marks.restyle(next);
    }
    if (wasPaused || stats.fullScans === 0) scan.fullScan();
    else marks.refresh();
  }

  // Navigation is followed from the first settings on (start-up does only what the first scan needs).
  let followingNavigation = false;
  function followNavigation() {
    if (followingNavigation) return;
    followingNavigation = true;
    // A single-page app changed its URL: the article is new, so start over.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!paused && settingsLoaded) timed(scan.fullScan);
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
    marks.detach();
  });
  if (!supportsCustomHighlights()) {
    void overlayMarksItem()
      .getValue()
      .then((enabled) => {
        if (!enabled || ctx.isInvalid) return;
        marks.useLayer(createOverlayLayer({ ctx, topics }));
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
      marks: marks.store.all(),
      settings,
      titleOf,
    });
  }

  const { revealer } = hover;
  return {
    pageSummary: summary,
    revealConcept: ({ entryId }) => timed(() => revealer.revealConcept({ entryId })),
    revealNextMark: () => timed(() => revealer.revealAdjacent({ direction: 'next' })),
    revealPreviousMark: () => timed(() => revealer.revealAdjacent({ direction: 'previous' })),
    stats: () => ({ ...stats }),
  };
}
