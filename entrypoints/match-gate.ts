import matchGateData from 'virtual:treaty-lens/match-gate';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MatchGate } from '../utils/matcher/match-gate';
import { type GateBundle, gateBundleGlobal } from './content/lazy-matcher';

/**
 * The match gate and its data, as their own bundle: the content script imports it
 * (content/lazy-matcher.ts) on a frame's first scan that finds text, so the many frames that
 * have none (ad slots, empty about:blank frames) load and compile only the small script. Like
 * page-matcher.js it runs in the content script's isolated world; the page never sees it.
 */
export default defineUnlistedScript(() => {
  const bundle: GateBundle = { MatchGate, matchGateData };
  (globalThis as Record<string, unknown>)[gateBundleGlobal] = bundle;
});
