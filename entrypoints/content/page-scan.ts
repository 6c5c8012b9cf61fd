import type { EngineStats } from './engine-stats';
import { findMarksInBlock } from './find-marks';
import type { MatcherOnDemand } from './matcher-on-demand';
import type { PageMarks } from './page-marks';
import type { PageChanges } from './page-observer';
import { visibleFirst } from './reading-order';
import { markBlocksJob, readTextJob } from './scan-jobs';
import type { TextBlock } from './text-blocks';
import type { WorkQueue } from './work-queue';

/** Reading the page's text and marking what the matcher finds in it, in the work queue's slices. */
export interface PageScan {
  /** Everything again: a new page, new settings after a pause, a single-page navigation. */
  fullScan(): void;
  /** Only what the page changed (the observer's batch); a big change is a full scan. */
  scanChanges(changes: PageChanges): void;
  /** No scan runs any more (paused on this site); its marks are cleared by the caller. */
  stop(): void;
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

export function createPageScan({
  queue,
  marks,
  matcher,
  engineStats,
  topicOf,
  calmMode,
  onShadowRoot,
  changed,
}: {
  queue: WorkQueue;
  marks: PageMarks;
  matcher: MatcherOnDemand;
  engineStats: EngineStats;
  topicOf: (entryId: string) => string | undefined;
  /** Calm mode shows marks only once a scan is done (first occurrences are known then). */
  calmMode: () => boolean;
  /** An open shadow root met while reading: the observer follows it too. */
  onShadowRoot: (root: ShadowRoot) => void;
  /** The marks changed (the count report follows). */
  changed: () => void;
}): PageScan {
  const { stats } = engineStats;
  let pageText = '';
  // A scan's jobs check it: a newer full scan (or a stop) makes the older scan's results moot.
  let generation = 0;

  const markBlock = (block: TextBlock) => {
    // Only called from jobs that wait for the matcher (whenAnyMayMatch).
    const built = matcher.matcher;
    if (!built) return;
    const start = performance.now();
    const found = findMarksInBlock({ block, matcher: built, pageText, topicOf });
    stats.matchMs += performance.now() - start;
    marks.add(found);
  };

  function fullScan() {
    generation++;
    const scanGeneration = generation;
    queue.clear();
    marks.clear({ forgetStyles: true });
    engineStats.fullScanStarted();
    const started = performance.now();
    const root = document.body ?? document.documentElement;
    const scanDone = () => {
      if (scanGeneration !== generation) return;
      engineStats.fullScanDone(started);
      if (calmMode()) marks.refresh();
      changed();
    };
    queue.push(
      readTextJob({
        roots: [root],
        onShadowRoot,
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
          // The gate reads the text for anything the matcher could find; only then is the
          // matcher's index built, one step per turn of the queue so that no task of ours runs
          // long, and the blocks marked, visible ones first.
          queue.push(
            matcher.whenAnyMayMatch({
              blocks: ordered,
              job: markBlocksJob({ blocks: ordered, markBlock, onDone: scanDone }),
              nothingToFind: scanDone,
            }),
            { first: true },
          );
        },
      }),
    );
  }

  function scanChanges(changes: PageChanges) {
    if (changes.rescan) {
      fullScan();
      return;
    }
    const { dirtyRoots } = changes;
    // Paragraphs appended to a live page cannot hold marks yet: skip the pass over all marks.
    const gone =
      changes.onlyNewRoots && !changes.removed
        ? []
        : marks.removeWhere(
            (mark) =>
              mark.nodes.some((node) => !node.isConnected) ||
              dirtyRoots.some((root) => root.contains(mark.range.startContainer)),
          );
    stats.markCount = marks.store.size;
    if (gone.length > 0) changed();
    if (dirtyRoots.length === 0) return;
    const scanGeneration = generation;
    queue.push(
      readTextJob({
        roots: dirtyRoots,
        onShadowRoot,
        onDone(blocks) {
          if (scanGeneration !== generation) return;
          const onDone = () => {
            if (calmMode()) marks.refresh();
          };
          queue.push(
            matcher.whenAnyMayMatch({
              blocks,
              job: markBlocksJob({ blocks, markBlock, onDone }),
              nothingToFind: onDone,
            }),
            { first: true },
          );
        },
      }),
      { first: true },
    );
  }

  return {
    fullScan,
    scanChanges,
    stop() {
      generation++;
      queue.clear();
      stats.scanning = false;
    },
  };
}
