import { browser } from 'wxt/browser';
import { updateSettings } from '../../utils/settings';
import { pauseRuleFor, siteStatus, withSitePaused } from '../../utils/site-rules';

/** The `commands` names of wxt.config.ts this module answers. */
export const toggleMarksCommand = 'toggle-marks';

function hostOf({ url }: { url?: string }): string | undefined {
  if (!url) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
}

/**
 * "Toggle marks on this site": pauses the tab's site, or resumes it, exactly like the popup's
 * "Pause on this site" (the same `pausedSites` setting, which every tab of the site follows).
 * The tab's URL is known because a keyboard command grants `activeTab`.
 * Returns the new state, or undefined when the tab has no web address to pause.
 */
export async function toggleMarksOnSite({
  url,
}: {
  url?: string;
}): Promise<'paused' | 'active' | undefined> {
  const host = hostOf({ url });
  if (!host) return undefined;
  const next = await updateSettings({
    change: (settings) =>
      withSitePaused({ settings, host, paused: siteStatus({ settings, host }) !== 'paused' }),
  });
  return next.pausedSites.includes(pauseRuleFor({ host })) ? 'paused' : 'active';
}

/** Runs one site command for a tab (the active tab when none is given). */
export async function runSiteCommand({
  command,
  tab,
}: {
  command: string;
  tab?: { id?: number; url?: string };
}): Promise<boolean> {
  if (command !== toggleMarksCommand) return false;
  const target = tab?.url
    ? tab
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  await toggleMarksOnSite({ url: target?.url });
  return true;
}

/**
 * Keyboard commands beyond the marks (mark-commands.ts) and `_execute_action`, which the
 * browser handles itself by opening the popup with its lookup. Users rebind them all in
 * chrome://extensions/shortcuts or Firefox's "Manage Extension Shortcuts".
 */
export function answerSiteCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void runSiteCommand({ command, tab });
  });
}
