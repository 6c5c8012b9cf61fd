import pageEntries from 'virtual:treaty-lens/page-entries';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createMatcherInSteps } from '../utils/matcher/index';
import { type MatcherBundle, matcherBundleGlobal } from './content/lazy-matcher';

/**
 * The matcher and the entries it matches with, as their own bundle: the content script imports
 * it (content/lazy-matcher.ts) only once the match gate finds a block that could hold a match,
 * so the script every news page loads carries neither. It runs in the content script's isolated
 * world and hands over its functions there; the page never sees it.
 */
export default defineUnlistedScript(() => {
  const bundle: MatcherBundle = { createMatcherInSteps, pageEntries };
  (globalThis as Record<string, unknown>)[matcherBundleGlobal] = bundle;
});
