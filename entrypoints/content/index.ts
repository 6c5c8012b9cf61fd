// biome-ignore assist/source/organizeImports: the start-up clock must be the first import, so that it is evaluated before every other module of the bundle.
import { scriptStart } from './script-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { newsSiteMatchPatterns } from '../../utils/news-sites';
import { entriesLoaded, pageEntries, topics } from './matchable-entries';
import { buildMatcherLazily, loadMatchGateLazily } from './lazy-matcher';
import { answerMessages } from './message-handlers';
import { startPageEngine } from './page-engine';

/**
 * The page engine on news pages: marks the knowledge base's concepts and explains them on
 * hover. Runs in every frame of a matching page (each frame marks its own text and shows its
 * own card); `http://127.0.0.1` and `localhost` are for tests and demos until the integration
 * work adds the optional all-sites permission and "Scan this page".
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*', ...newsSiteMatchPatterns()],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // No stylesheet of ours reaches the page: the card (a separate bundle, hover-card-ui.js)
  // puts its CSS into its own shadow root.
  cssInjectionMode: 'manual',
  // WXT would otherwise window.postMessage the page on start, which its own listeners see.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const engine = startPageEngine({
      ctx,
      // Loaded and built in steps after start-up, so no task of ours runs long.
      buildMatcher: () => buildMatcherLazily({ onEntries: entriesLoaded }),
      loadGate: loadMatchGateLazily,
      entries: pageEntries,
      topics,
      scriptStart,
    });
    answerMessages({ ctx, engine });
  },
});
