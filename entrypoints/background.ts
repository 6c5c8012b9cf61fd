import { defineBackground } from 'wxt/utils/define-background';
import { knowledgeBase } from '../knowledge/index';
import { startTestMode } from '../utils/test-mode';
import { serveEntries } from './background/entry-service';
import { forwardMarkCommands } from './background/mark-commands';

/**
 * The background only wires modules: listeners are registered synchronously so that a message
 * or command that wakes the MV3 service worker finds them.
 */
export default defineBackground(() => {
  serveEntries({ knowledgeBase });
  forwardMarkCommands();
  if (import.meta.env.MODE === 'e2e') startTestMode(); // browser tests only: see utils/test-mode.ts
});
