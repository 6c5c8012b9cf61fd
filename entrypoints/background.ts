import { defineBackground } from 'wxt/utils/define-background';
import { knowledgeBase, knowledgeBaseIn } from '../knowledge/index';
import { exposeTestHooks, startTestMode } from '../utils/test-mode';
import { showConceptCountOnBadge } from './background/badge';
import { answerSiteCommands } from './background/commands';
import { addLookUpMenu } from './background/context-menu';
import { serveEntries } from './background/entry-service';
import { createSelectionLookup } from './background/look-up-selection';
import { forwardMarkCommands } from './background/mark-commands';
import { registerScriptsForAllSites } from './background/script-registration';
import { answerSidePanelRequests } from './background/side-panel-requests';
import { integrationTestHooks } from './background/test-hooks';
import { openWelcomeOnInstall } from './background/welcome';

/**
 * The background only wires modules: listeners are registered synchronously so that a message
 * or command that wakes the MV3 service worker finds them. Nothing here lives only in memory:
 * what must outlive the worker is in storage (session or sync) or asked of the browser again.
 */
export default defineBackground(() => {
  serveEntries({ knowledgeBaseIn });
  answerSidePanelRequests();
  openWelcomeOnInstall();
  forwardMarkCommands();
  answerSiteCommands();
  const lookup = createSelectionLookup({ entries: knowledgeBase.entries });
  addLookUpMenu({ lookup });
  showConceptCountOnBadge();
  registerScriptsForAllSites();
  if (import.meta.env.MODE === 'e2e') startTestMode(); // browser tests only: see utils/test-mode.ts
  if (import.meta.env.MODE === 'e2e') exposeTestHooks({ hooks: integrationTestHooks({ lookup }) });
});
