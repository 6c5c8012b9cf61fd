import { useEffect, useState } from 'preact/hooks';
import { findTargetTab, type TargetTab } from './tab-connection';

/** The tab the popup reports on, found once when the popup opens; `done` once the search ended. */
export function useTargetTab({ initialTab }: { initialTab?: TargetTab }): {
  tab?: TargetTab;
  done: boolean;
} {
  const [found, setFound] = useState<{ tab?: TargetTab; done: boolean }>({
    tab: initialTab,
    done: initialTab !== undefined,
  });
  useEffect(() => {
    if (initialTab) return;
    void findTargetTab({ search: location.search })
      .catch(() => undefined)
      .then((tab) => setFound({ tab, done: true }));
  }, [initialTab]);
  return found;
}
