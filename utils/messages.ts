/**
 * The one message protocol between the extension's contexts (background, content scripts,
 * popup, side panel, options). Every message is a plain object with a `type`. Receivers pass
 * what arrives through `receivedMessage` (or `isMessage` plus `isFromThisExtension`): a value
 * whose shape is wrong, or anything sent by a web page or another extension, is ignored.
 */
import type { MessageTable } from '../components/i18n';
import { isReaderLanguage, type ReaderLanguage } from '../knowledge/translations';
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
  /** The language the texts above are in, and the card's messages in it. */
  language: ReaderLanguage;
  messages: MessageTable;
}

/** The page engine's own timings in milliseconds, for the bench and the corpus check. */
export interface PageEngineStats {
  /** From the first line of the content script to the end of `main` (the scan is scheduled). */
  startupMs: number;
  /** Busy time of the first full scan: read text, match, mark (sum of its slices). */
  firstScanBusyMs: number;
  /** Wall time from the start of the first full scan to its last mark. */
  firstScanWallMs: number;
  /** Busy and wall time of the latest full scan (a single-page navigation starts one). */
  lastScanBusyMs: number;
  lastScanWallMs: number;
  /**
   * Time in the match gate (loading it and reading the page's text with it): what a page where
   * nothing can match pays instead of the matcher's index.
   */
  gateMs: number;
  /** Time to build the matcher's index (once, and only once the gate let a block through). */
  matcherBuildMs: number;
  /** The longest single step of that build (each runs in a task of ours). */
  longestMatcherStepMs: number;
  /** Of the start-up time, the part spent evaluating the bundle's modules before `main`. */
  evaluateMs: number;
  /** Time spent inside the matcher's findConcepts (all scans). */
  matchMs: number;
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
  | { type: 'get-entry'; entryId: string; language?: ReaderLanguage }
  /**
   * Content script (the card's "Open in side panel") to background: open the side panel on an
   * entry, and on the treaty article its card quotes.
   */
  | { type: 'open-side-panel'; entryId: string; documentId?: string; articleId?: string }
  /** Background (keyboard command) to content script: open the card of the next or previous mark. */
  | { type: 'reveal-mark'; direction: 'next' | 'previous' }
  /** Tests and the bench to content script: the page engine's timings. Answered with PageEngineStats. */
  | { type: 'page-engine-stats' }
  /**
   * Content script (top frame) to background: the number of distinct concepts now shown on
   * the page, sent whenever it changes; the background puts it on the toolbar badge.
   */
  | { type: 'concepts-changed'; count: number };

export type MessageType = Message['type'];

/** The message of one type, e.g. `MessageOf<'get-entry'>`. */
export type MessageOf<Type extends MessageType> = Extract<Message, { type: Type }>;

type Fields = Record<string, unknown>;
const isString = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value.length < 200;

/** One check per message type: the fields beyond `type` that it must carry, and their shapes. */
const fieldChecks: { [Type in MessageType]: (fields: Fields) => boolean } = {
  'page-summary': () => true,
  'reveal-concept': ({ entryId }) => isString(entryId),
  'get-entry': ({ entryId, language }) =>
    isString(entryId) && (language === undefined || isReaderLanguage(language)),
  'open-side-panel': ({ entryId, documentId, articleId }) =>
    isString(entryId) &&
    (documentId === undefined || isString(documentId)) &&
    (articleId === undefined || isString(articleId)),
  'reveal-mark': ({ direction }) => direction === 'next' || direction === 'previous',
  'page-engine-stats': () => true,
  'concepts-changed': ({ count }) => Number.isInteger(count) && (count as number) >= 0,
};

/** Narrows an unknown value received over `runtime.onMessage` to a Message. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Fields;
  const { type } = fields;
  if (typeof type !== 'string' || !Object.hasOwn(fieldChecks, type)) return false;
  return fieldChecks[type as MessageType](fields);
}

/** The part of `runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * True when the message comes from one of this extension's own contexts. Web pages can only
 * reach `runtime.onMessage` through `externally_connectable` (not declared) or by a content
 * script forwarding, and other extensions' messages arrive on `onMessageExternal`; the check is
 * the belt to those braces: `sender.id` is set by the browser, not by the sender.
 */
export function isFromThisExtension({
  sender,
  extensionId,
}: {
  sender: Sender;
  extensionId: string;
}): boolean {
  return typeof sender.id === 'string' && sender.id === extensionId;
}

/** The message if it is well formed and from this extension, else undefined (ignore it). */
export function receivedMessage({
  message,
  sender,
  extensionId,
}: {
  message: unknown;
  sender: Sender;
  extensionId: string;
}): Message | undefined {
  return isFromThisExtension({ sender, extensionId }) && isMessage(message) ? message : undefined;
}
