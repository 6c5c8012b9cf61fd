import type { FoundConcept, PageSummary } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import {
  isNewsSite,
  type RestrictedPage,
  restrictedPage,
  siteStatus,
} from '../../utils/site-rules';

/** Every state the "On this page" section can be in; each has its own message in the popup. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictedPage }
  | {
      kind: 'not-running';
      reason: 'denied' | 'not-news' | 'not-listed' | 'unreachable';
      host?: string;
    }
  | { kind: 'paused'; host: string }
  | { kind: 'scanning'; host?: string; concepts: FoundConcept[] }
  | { kind: 'nothing-found'; host?: string }
  | { kind: 'found'; host?: string; concepts: FoundConcept[] };

/** Hosts the content script also runs on (the sample article, tests): content/index.ts. */
const localHosts: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost']);

export function hostOf({ url }: { url?: string }): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decides what the popup says about the current tab. The settings speak first (they are what
 * the reader controls and the content script obeys them too); the content script's answer
 * then says whether the page is still being scanned and what it found.
 */
export function pageState({
  tabUrl,
  settings,
  summary,
  unreachable,
}: {
  /** Known when the popup was opened from the toolbar (activeTab) or with the tabs permission. */
  tabUrl?: string;
  settings: Settings;
  summary?: PageSummary;
  /** The content script did not answer after the popup's retries. */
  unreachable: boolean;
}): PageState {
  const url = tabUrl ?? summary?.url;
  if (url) {
    const reason = restrictedPage({ url });
    if (reason) return { kind: 'restricted', reason };
  }
  const host = hostOf({ url });
  const status = host ? siteStatus({ settings, host }) : 'active';
  if (host && status === 'paused') return { kind: 'paused', host };
  // Deny and "only listed sites" hold even where the content script is injected.
  if (status === 'denied' || status === 'not-listed')
    return { kind: 'not-running', reason: status, host };
  if (!summary) {
    // A site off the news list, in news mode, has no content script to wait for: say so at
    // once rather than "Looking at this page…" through the retries (1–3 s). Should the reader
    // have scanned it ("Scan this page"), its answer replaces this when it comes.
    const offList =
      host && settings.siteMode === 'news' && !isNewsSite({ host }) && !localHosts.has(host);
    if (offList) return { kind: 'not-running', reason: 'not-news', host };
    if (!unreachable) return { kind: 'loading' };
    return { kind: 'not-running', reason: 'unreachable', host };
  }
  if (summary.paused && host) return { kind: 'paused', host };
  if (summary.scanning) return { kind: 'scanning', host, concepts: summary.concepts };
  if (summary.concepts.length === 0) return { kind: 'nothing-found', host };
  return { kind: 'found', host, concepts: summary.concepts };
}
