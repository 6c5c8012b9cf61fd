/**
 * The one message protocol between the extension's contexts. Every message is a plain object
 * with a `type`; receivers check the shape with `isMessage` before acting, and ignore anything
 * that did not come from this extension.
 */
import type { Entry, OpEdRecord, Topic, TreatyDocument } from '../knowledge/types';

/** A concept found on a page, as the content script reports it. */
export interface FoundConcept {
  entryId: string;
  title: string;
  topic: string;
  count: number;
}

export interface PageSummary {
  url: string;
  /** True while the first scan of the page is still running. */
  scanning: boolean;
  /** True when the reader paused the extension on this site. */
  paused: boolean;
  concepts: FoundConcept[];
}

/**
 * Everything the hover card needs to show one entry, sent by the background so the content
 * script carries only the matchable fields of the knowledge base. `documents` holds only the
 * articles the entry cites; `related` the entries it links to.
 */
export interface EntryDetails {
  entry: Entry;
  related: Entry[];
  topic: Topic | undefined;
  documents: TreatyDocument[];
  opEd: OpEdRecord;
}

/** The page engine's own timings in milliseconds, for the bench and the corpus check. */
export interface PageEngineStats {
  /** From the first line of the content script to the end of `main` (the scan is scheduled). */
  startupMs: number;
  /** Busy time of the first full scan: read text, match, mark (sum of its slices). */
  firstScanBusyMs: number;
  /** Wall time from the start of the first full scan to its last mark. */
  firstScanWallMs: number;
  /** The longest single task the engine ran (a scan slice, a mutation batch, a handler). */
  longestTaskMs: number;
  /** Concept marks found (all topics, before settings filter them). */
  markCount: number;
  /** Text characters read in the last full scan. */
  textLength: number;
  scanning: boolean;
  fullScans: number;
}

export type Message =
  /** Popup to content script: which concepts are on this page? Answered with a PageSummary. */
  | { type: 'page-summary' }
  /** Popup to content script: scroll to the next occurrence of an entry and open its card. */
  | { type: 'reveal-concept'; entryId: string }
  /** Content script to background: the full entry behind a mark. Answered with EntryDetails or null. */
  | { type: 'get-entry'; entryId: string }
  /** Background (keyboard command) to content script: open the card of the next or previous mark. */
  | { type: 'reveal-mark'; direction: 'next' | 'previous' }
  /** Tests and the bench to content script: the page engine's timings. Answered with PageEngineStats. */
  | { type: 'page-engine-stats' };

export type MessageType = Message['type'];

const messageTypes: ReadonlySet<string> = new Set<MessageType>([
  'page-summary',
  'reveal-concept',
  'get-entry',
  'reveal-mark',
  'page-engine-stats',
]);

/** Narrows an unknown value received over `runtime.onMessage` to a Message. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !messageTypes.has(type)) return false;
  if (type === 'reveal-concept' || type === 'get-entry') {
    return typeof (value as { entryId?: unknown }).entryId === 'string';
  }
  if (type === 'reveal-mark') {
    const { direction } = value as { direction?: unknown };
    return direction === 'next' || direction === 'previous';
  }
  return true;
}
