/**
 * Code run in the page's own world before any of its scripts (an init script): it records
 * every DOM change after parsing that the page's scripts did not make through the common DOM
 * methods, and every error the page sees, so a run with the extension can be compared with a
 * run without it. Serialised on its own: no imports, no outer names.
 */
export function installPageWatch(): void {
  const state = { changes: [] as string[], errors: [] as string[], parsed: false };
  (window as unknown as { __treatyLensWatch: typeof state }).__treatyLensWatch = state;
  // Stored on an object, not in a named constant: this function is serialised into the page, and
  // the test runner's compiler wraps named functions in a helper the page does not have.
  const watch = {
    note(records: MutationRecord[]) {
      if (!state.parsed) return;
      for (const record of records) {
        const added = Array.from(record.addedNodes, (node) => node.nodeName).join(',');
        const removed = Array.from(record.removedNodes, (node) => node.nodeName).join(',');
        state.changes.push(
          `${record.type} ${record.target.nodeName} ${record.attributeName ?? ''} +[${added}] -[${removed}]`,
        );
      }
    },
  };
  const observer = new MutationObserver((records) => watch.note(records));
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // The page's own scripts: what this world's DOM methods change is the page's doing, whenever
  // its timers fire (a loader adding a SCRIPT to HEAD a second after parsing would otherwise race
  // the start of counting). Records still pending before such a call are noted; the call's own
  // are dropped. A content script runs in an isolated world with its own copies of these methods,
  // so its changes always reach the observer.
  const pageMethods: [object, string][] = [
    [Node.prototype, 'appendChild'],
    [Node.prototype, 'insertBefore'],
    [Node.prototype, 'removeChild'],
    [Node.prototype, 'replaceChild'],
    [Element.prototype, 'append'],
    [Element.prototype, 'prepend'],
    [Element.prototype, 'setAttribute'],
    [Element.prototype, 'removeAttribute'],
  ];
  for (const [prototype, name] of pageMethods) {
    const target = prototype as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function (this: unknown, ...args: unknown[]) {
      watch.note(observer.takeRecords());
      try {
        return original.apply(this, args);
      } finally {
        observer.takeRecords();
      }
    };
  }
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
