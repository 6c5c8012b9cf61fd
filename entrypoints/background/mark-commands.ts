import { browser } from 'wxt/browser';

/** Manifest `commands` names (wxt.config.ts) and the direction each one moves. */
const commandDirections: Record<string, 'next' | 'previous'> = {
  'next-mark': 'next',
  'previous-mark': 'previous',
};

/**
 * One keyboard command: asks the tab's top frame (the active tab when none is given) to reveal
 * the next or previous mark. A tab without our content script (not a news page) simply does
 * not answer. Returns whether the command was a mark command.
 */
export async function runMarkCommand({
  command,
  tabId,
}: {
  command: string;
  tabId?: number;
}): Promise<boolean> {
  const direction = commandDirections[command];
  if (!direction) return false;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return true;
  await browser.tabs
    .sendMessage(target, { type: 'reveal-mark', direction }, { frameId: 0 })
    .catch(() => undefined);
  return true;
}

/** Keyboard commands: next and previous mark (see runMarkCommand). */
export function forwardMarkCommands(): void {
  // `commands` is absent on some platforms (Firefox for Android).
  browser.commands?.onCommand.addListener((command, tab) => {
    void runMarkCommand({ command, tabId: tab?.id });
  });
}
