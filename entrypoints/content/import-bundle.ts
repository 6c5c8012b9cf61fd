import { browser } from 'wxt/browser';

/**
 * Imports one of the extension's own bundles into the content script's isolated world and
 * returns what it left under `global` (the gate's, the matcher's and the card's bundles hand
 * over their functions so). The bundle must be a web-accessible resource (wxt.config.ts).
 */
export async function importBundle<T>({
  path,
  global,
}: {
  path: '/page-matcher.js' | '/match-gate.js' | '/hover-card-ui.js';
  global: string;
}): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(path));
  const loaded = (globalThis as Record<string, unknown>)[global] as T | undefined;
  if (!loaded) throw new Error(`${path} did not register ${global}`);
  return loaded;
}
