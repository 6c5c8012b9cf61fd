/**
 * Code run in the page's own world before any of its scripts (an init script): it records
 * every DOM change after parsing and every error the page sees, so a run with the extension
 * can be compared with a run without it. Serialised on its own: no imports, no outer names.
 */
export function installPageWatch(): void {
  const state = { changes: [] as string[], errors: [] as string[], parsed: false };
  (window as unknown as { __treatyLensWatch: typeof state }).__treatyLensWatch = state;
  const observer = new MutationObserver((records) => {
    if (!state.parsed) return;
    for (const record of records) {
      const added = Array.from(record.addedNodes, (node) => node.nodeName).join(',');
      const removed = Array.from(record.removedNodes, (node) => node.nodeName).join(',');
      state.changes.push(
        `${record.type} ${record.target.nodeName} ${record.attributeName ?? ''} +[${added}] -[${removed}]`,
      );
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // The parser's own insertions are not changes: start counting once the document is parsed.
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    state.parsed = true;
  });
  window.addEventListener('error', (event) => state.errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    state.errors.push(`unhandledrejection: ${String(event.reason)}`),
  );
}

export interface PageWatch {
  changes: string[];
  errors: string[];
}

export function readPageWatch(): PageWatch {
  const state = (window as unknown as { __treatyLensWatch?: PageWatch }).__treatyLensWatch;
  return { changes: state?.changes ?? [], errors: state?.errors ?? [] };
}
