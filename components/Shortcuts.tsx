import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from './i18n';

export interface Shortcut {
  name: string;
  description: string;
  /** The keys as the browser has them now; empty when the reader removed the shortcut. */
  keys: string;
}

/** The browser's own names for the toolbar button's command, which has no description. */
const openCommands = new Set(['_execute_action', '_execute_browser_action']);

/**
 * The extension's keyboard shortcuts as set in the browser now (`commands.getAll`), not as
 * the manifest suggested them: the reader may have changed them. Null until they are read.
 */
export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    const commands = (
      browser as unknown as {
        commands?: {
          getAll(): Promise<{ name?: string; description?: string; shortcut?: string }[]>;
        };
      }
    ).commands;
    if (!commands) {
      setShortcuts([]);
      return;
    }
    // A browser without the API (or a test's fake one) lists none rather than failing.
    void Promise.resolve()
      .then(() => commands.getAll())
      .then(
        (all) =>
          setShortcuts(
            all.map((command) => ({
              name: command.name ?? '',
              description:
                openCommands.has(command.name ?? '') || !command.description
                  ? t('shortcutOpenPopup')
                  : command.description,
              keys: command.shortcut ?? '',
            })),
          ),
        () => setShortcuts([]),
      );
  }, []);
  return shortcuts;
}

/** Where the reader changes shortcuts, in words for this browser. */
function changeHint(): string {
  return navigator.userAgent.includes('Firefox')
    ? t('shortcutsChangeFirefox')
    : t('shortcutsChangeChrome');
}

/** The shortcuts as a list of key and action, with where to change them. */
export function ShortcutList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const shortcuts = useShortcuts();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="tl-shortcuts" data-testid="shortcuts" aria-labelledby="tl-shortcuts-heading">
      <Heading id="tl-shortcuts-heading" class="tl-shortcuts-title">
        {t('shortcutsHeading')}
      </Heading>
      {shortcuts && (
        <dl class="tl-shortcut-list">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name} class="tl-shortcut" data-command={shortcut.name}>
              <dt>
                {shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span>{t('shortcutNotSet')}</span>}
              </dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="tl-hint">{changeHint()}</p>
    </section>
  );
}
