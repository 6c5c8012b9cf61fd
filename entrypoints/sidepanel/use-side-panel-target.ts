import { useEffect, useState } from 'preact/hooks';
import { type SidePanelTarget, sidePanelTargetItem } from '../../components/side-panel';

/** `?entry=…&document=…&article=…&query=…` in the panel's own address (tests, links), if any. */
export function targetFromSearch({ search }: { search: string }): SidePanelTarget | undefined {
  const params = new URLSearchParams(search);
  const target: SidePanelTarget = {
    entryId: params.get('entry') ?? undefined,
    documentId: params.get('document') ?? undefined,
    articleId: params.get('article') ?? undefined,
    query: params.get('query') ?? undefined,
  };
  return target.entryId || target.documentId || target.query ? target : undefined;
}

/**
 * What the panel shows: its address first, then the stored target, following the stored target
 * while open (the popup writes it when the reader asks for the side panel).
 */
export function useSidePanelTarget(): [
  SidePanelTarget | undefined,
  (next: SidePanelTarget) => void,
] {
  const [target, setTarget] = useState<SidePanelTarget | undefined>(() =>
    targetFromSearch({ search: location.search }),
  );
  useEffect(() => {
    if (!targetFromSearch({ search: location.search })) {
      void sidePanelTargetItem.getValue().then((stored) => stored && setTarget(stored));
    }
    return sidePanelTargetItem.watch((stored) => stored && setTarget(stored));
  }, []);
  const choose = (next: SidePanelTarget) => {
    setTarget(next);
    void sidePanelTargetItem.setValue(next);
  };
  return [target, choose];
}
