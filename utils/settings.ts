import { storage } from 'wxt/utils/storage';
import { readerLanguages } from '../knowledge/translations';
import type { LanguageSetting } from './reader-language';
import { parseHostInput } from './site-rules';

/** Where the content script runs. */
export type SiteMode = 'news' | 'all' | 'list';
export type MarkStyle = 'underline' | 'background';
export type CardTrigger = 'hover' | 'click' | 'modifier';
/** The key held while hovering when `cardTrigger` is 'modifier' (KeyboardEvent modifier names). */
export type ModifierKey = 'Alt' | 'Shift' | 'Control';

/** Everything the reader can change; stored in `storage.sync` as one versioned item. */
export interface Settings {
  /** Topics switched off (all topics are on by default). */
  disabledTopics: string[];
  /** Single entries switched off within otherwise enabled topics. */
  disabledEntries: string[];
  siteMode: SiteMode;
  /** Host names where the extension always runs (with siteMode 'list', the only ones). */
  allowSites: string[];
  /** Host names where the extension never runs; wins over every other rule. */
  denySites: string[];
  /** Host names the reader paused from the popup ("Pause on this site"); added in v2. */
  pausedSites: string[];
  markStyle: MarkStyle;
  /** Per-topic colour overrides (topic id to CSS colour, `#rrggbb`). */
  topicColors: Record<string, string>;
  /** Mark only the first occurrence of each concept on a page. */
  calmMode: boolean;
  cardTrigger: CardTrigger;
  /** Added in v2. */
  modifierKey: ModifierKey;
  hoverDelayMs: number;
  showBadge: boolean;
  /** One language for cards and pages, or 'auto' (cards: the text's; pages: the browser's); v3. */
  language: LanguageSetting;
}

export type SettingName = keyof Settings;

export const defaultSettings: Settings = {
  disabledTopics: [],
  disabledEntries: [],
  siteMode: 'news',
  allowSites: [],
  denySites: [],
  pausedSites: [],
  markStyle: 'underline',
  topicColors: {},
  calmMode: false,
  cardTrigger: 'hover',
  modifierKey: 'Alt',
  hoverDelayMs: 300,
  showBadge: true,
  language: 'auto',
};

export const hoverDelayLimits = { min: 0, max: 2000 } as const;

/** Settings as version 1 stored them (before "Pause on this site" and the modifier key choice). */
export type SettingsV1 = Omit<Settings, 'pausedSites' | 'modifierKey' | 'language'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const oneOf =
  <T extends string>(...choices: T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (choices as string[]).includes(value);

/** Host names exactly as the options page stores them (lower case, no "www.", punycode). */
const isHostList = (value: unknown): value is string[] =>
  isStringList(value) && value.every((item) => parseHostInput({ text: item }).host === item);

/** One check per setting: a value that fails it is replaced by its default, alone. */
const validators: { [Name in SettingName]: (value: unknown) => value is Settings[Name] } = {
  disabledTopics: isStringList,
  disabledEntries: isStringList,
  siteMode: oneOf('news', 'all', 'list'),
  allowSites: isHostList,
  denySites: isHostList,
  pausedSites: isHostList,
  markStyle: oneOf('underline', 'background'),
  topicColors: (value): value is Record<string, string> =>
    isRecord(value) &&
    Object.values(value).every(
      (color) => typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color),
    ),
  calmMode: (value): value is boolean => typeof value === 'boolean',
  cardTrigger: oneOf('hover', 'click', 'modifier'),
  modifierKey: oneOf('Alt', 'Shift', 'Control'),
  hoverDelayMs: (value): value is number =>
    Number.isInteger(value) &&
    (value as number) >= hoverDelayLimits.min &&
    (value as number) <= hoverDelayLimits.max,
  showBadge: (value): value is boolean => typeof value === 'boolean',
  language: oneOf('auto', ...readerLanguages),
};

export interface RepairedSettings {
  settings: Settings;
  /** Settings that were missing or unreadable and now hold their default; empty when all was well. */
  repaired: SettingName[];
}

/**
 * Checks a stored value setting by setting. A broken setting falls back to its default on its
 * own, so one bad field (a sync conflict, a hand edit, a future version) never costs the others.
 * Nothing stored at all is a fresh install: defaults, and nothing to report.
 */
export function repairSettings({ stored }: { stored: unknown }): RepairedSettings {
  if (stored === null || stored === undefined) {
    return { settings: { ...defaultSettings }, repaired: [] };
  }
  const source = isRecord(stored) ? stored : {};
  const settings = { ...defaultSettings } as Record<SettingName, unknown>;
  const repaired: SettingName[] = [];
  for (const name of Object.keys(validators) as SettingName[]) {
    const value = source[name];
    if (validators[name](value)) {
      settings[name] = value;
      continue;
    }
    repaired.push(name);
    const salvaged = salvageList({ name, value });
    if (salvaged) settings[name] = salvaged;
  }
  return { settings: settings as unknown as Settings, repaired };
}

const hostLists: ReadonlySet<SettingName> = new Set(['allowSites', 'denySites', 'pausedSites']);
const stringLists: ReadonlySet<SettingName> = new Set(['disabledTopics', 'disabledEntries']);

/**
 * What can be kept of a broken list: its good items. A site list with one bad host keeps the
 * others (a reader's deny list is worth more than its one typo); still reported as repaired.
 */
function salvageList({ name, value }: { name: SettingName; value: unknown }): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const strings = value.filter((item): item is string => typeof item === 'string');
  if (stringLists.has(name)) return strings;
  if (!hostLists.has(name)) return undefined;
  return strings.filter((item) => parseHostInput({ text: item }).host === item);
}

/**
 * Version 2 added `pausedSites` and `modifierKey`, version 3 `language`. Migrations must never
 * throw (WXT would then leave the item at its old version), so a corrupt value passes through
 * for repairSettings.
 */
export const settingsMigrations = {
  2: (stored: unknown): unknown =>
    isRecord(stored)
      ? {
          ...stored,
          pausedSites: stored.pausedSites ?? [],
          modifierKey: stored.modifierKey ?? 'Alt',
        }
      : stored,
  3: (stored: unknown): unknown =>
    isRecord(stored) ? { ...stored, language: stored.language ?? 'auto' } : stored,
};

export const settingsVersion = 3;

/**
 * The raw stored item. Read it through `loadSettings` / `watchSettings`, which repair it: WXT
 * hands back whatever is stored (a corrupt value, or a newer version's after a downgrade).
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings,
  version: settingsVersion,
  migrations: settingsMigrations,
});

/** Current settings, each unreadable one replaced by its default and named in `repaired`. */
export async function loadSettings(): Promise<RepairedSettings> {
  // getValue waits for the version migrations; it returns the defaults when nothing is stored.
  const stored: unknown = await settingsItem.getValue();
  await forgetNewerVersion();
  return repairSettings({ stored });
}

/**
 * A value written by a newer version (then downgraded) makes WXT log "Version downgrade
 * detected" each time a page defines the item, which was on every options load. The value is
 * read and repaired field by field anyway, so its version is set back to ours, once: later
 * loads are quiet, and an upgrade runs the (never-throwing) migrations from here again.
 */
async function forgetNewerVersion(): Promise<void> {
  const meta = (await settingsItem.getMeta()) as { v?: number };
  if (typeof meta.v === 'number' && meta.v > settingsVersion) {
    await settingsItem.setMeta({ v: settingsVersion } as never);
  }
}

/** Calls `onChange` with repaired settings whenever any context changes them; returns unwatch. */
export function watchSettings({
  onChange,
}: {
  onChange: (next: RepairedSettings) => void;
}): () => void {
  return settingsItem.watch((stored: unknown) => onChange(repairSettings({ stored })));
}

/** Updates from this page run one after another, so none reads a value another is replacing. */
let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Applies one change to the freshest stored settings and saves the whole item. Reading first
 * keeps a change made meanwhile in another context (popup and options open together); queueing
 * keeps quick successive changes on one page from overwriting each other.
 * Saving also writes back any repaired field, which is what clears the repair notice.
 */
export function updateSettings({
  change,
}: {
  change: (current: Settings) => Partial<Settings>;
}): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    const { settings } = await loadSettings();
    const next = { ...settings, ...change(settings) };
    await settingsItem.setValue(next);
    return next;
  });
  // A failed write must not block the ones after it.
  pendingUpdate = update.catch(() => {});
  return update;
}
