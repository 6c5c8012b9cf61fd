import { browser } from 'wxt/browser';

/** Manifest `commands` names (wxt.config.ts) and the direction each one moves. */
const commandDirections: Record<string, 'next' | 'previous'> = {
  'next-mark': 'next',
  'previous-mark': 'previous',
};

/**
 * Keyboard commands: ask the active tab's top frame to reveal the next or previous mark.
 * A tab without our content script (not a news page) simply does not answer.
 */
export function forwardMarkCommands(): void {
  // `commands` is absent on some platforms (Firefox for Android).
  browser.commands?.onCommand.addListener(async (command) => {
    const direction = commandDirections[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs
      .sendMessage(tab.id, { type: 'reveal-mark', direction }, { frameId: 0 })
      .catch(() => undefined);
  });
}
