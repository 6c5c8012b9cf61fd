import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../../utils/messages';
import { requestPageSummary } from './tab-connection';

/** How often to ask again while the page is still being scanned or the script is starting. */
const pollIntervalMs = 400;
/** Unanswered requests before the popup says the extension is not running on this page. */
const attemptsBeforeUnreachable = 4;

/**
 * The content script's summary of the tab, asked again while it is still scanning (so counts
 * grow as the page is read) and a few times if nothing answers yet (a page still loading).
 */
export function usePageSummary({
  tabId,
  refreshKey,
}: {
  tabId?: number;
  /** Any change of this value asks the page afresh. */
  refreshKey?: string;
}): {
  summary?: PageSummary;
  unreachable: boolean;
} {
  const [summary, setSummary] = useState<PageSummary>();
  const [unreachable, setUnreachable] = useState(false);
  useEffect(() => {
    if (tabId === undefined) return;
    let stopped = false;
    let misses = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await requestPageSummary({ tabId });
      if (stopped) return;
      if (answer) {
        misses = 0;
        setSummary(answer);
        setUnreachable(false);
      } else if (++misses >= attemptsBeforeUnreachable) {
        setUnreachable(true);
      }
      // Keep asking while scanning or not yet answered; a found or empty page is final.
      if (!answer || answer.scanning) timer = setTimeout(ask, pollIntervalMs);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, refreshKey]);
  return { summary, unreachable };
}
