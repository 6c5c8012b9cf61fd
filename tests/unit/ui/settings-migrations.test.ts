import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings, type SettingsV1 } from '../../../utils/settings';

/** A v1 value as the first release stored it, with every field changed from its default. */
const storedV1: SettingsV1 = {
  disabledTopics: ['nato'],
  disabledEntries: ['ceasefire'],
  siteMode: 'list',
  allowSites: ['example.org'],
  denySites: ['bad.example'],
  markStyle: 'background',
  topicColors: { nato: '#112233' },
  calmMode: true,
  cardTrigger: 'click',
  hoverDelayMs: 800,
  showBadge: false,
};

/**
 * WXT runs an item's migrations when the module defining it loads, so each case seeds storage
 * first and then imports a fresh copy of the settings module.
 */
async function loadWith({ value, version }: { value: unknown; version?: number }) {
  await fakeBrowser.storage.sync.set({ settings: value });
  if (version !== undefined) await fakeBrowser.storage.sync.set({ settings$: { v: version } });
  vi.resetModules();
  const settingsModule = await import('../../../utils/settings');
  return { settingsModule, loaded: await settingsModule.loadSettings() };
}

beforeEach(() => fakeBrowser.reset());

describe('settings migrations', () => {
  it('gives defaults and no notice on a fresh install', async () => {
    vi.resetModules();
    const { loadSettings } = await import('../../../utils/settings');
    expect(await loadSettings()).toEqual({ settings: defaultSettings, repaired: [] });
  });

  it.each([
    ['with its version recorded', 1],
    ['without version metadata (WXT treats it as v1)', undefined],
  ])('migrates v1 %s to v3, keeping every setting', async (_label, version) => {
    const { loaded } = await loadWith({ value: storedV1, version });
    expect(loaded.repaired).toEqual([]);
    expect(loaded.settings).toEqual({
      ...storedV1,
      pausedSites: [],
      modifierKey: 'Alt',
      language: 'auto',
    });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 3 });
    expect((stored.settings as Settings).pausedSites).toEqual([]);
  });

  it('migrates a v2 value to v3: the language is automatic, no notice', async () => {
    const v2 = { ...storedV1, pausedSites: ['example.org'], modifierKey: 'Shift' };
    const { loaded } = await loadWith({ value: v2, version: 2 });
    expect(loaded).toEqual({ settings: { ...v2, language: 'auto' }, repaired: [] });
  });

  it('reads a current v3 value unchanged', async () => {
    const v3: Settings = {
      ...storedV1,
      pausedSites: ['example.org'],
      modifierKey: 'Shift',
      language: 'uk',
    };
    const { loaded } = await loadWith({ value: v3, version: 3 });
    expect(loaded).toEqual({ settings: v3, repaired: [] });
  });

  it('repairs only the corrupt fields of a v1 value, losing no other setting', async () => {
    const { loaded } = await loadWith({
      value: {
        ...storedV1,
        siteMode: 'everywhere',
        hoverDelayMs: -5,
        topicColors: { nato: 'red;}' },
      },
      version: 1,
    });
    expect(loaded.repaired.sort()).toEqual(['hoverDelayMs', 'siteMode', 'topicColors']);
    expect(loaded.settings).toEqual({
      ...storedV1,
      siteMode: defaultSettings.siteMode,
      hoverDelayMs: defaultSettings.hoverDelayMs,
      topicColors: {},
      pausedSites: [],
      modifierKey: 'Alt',
      language: 'auto',
    });
  });

  it.each([
    ['a string', 'not settings'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
  ])(
    'falls back to all defaults, with a notice, when the stored value is %s',
    async (_label, value) => {
      const { loaded } = await loadWith({ value, version: 1 });
      expect(loaded.settings).toEqual(defaultSettings);
      // Every v1 field is named; the fields v2 added came from the migration, not from repair.
      expect(loaded.repaired.length).toBeGreaterThanOrEqual(Object.keys(storedV1).length);
    },
  );

  it('keeps what it can of a value written by a newer version (a downgrade)', async () => {
    const { loaded } = await loadWith({
      value: {
        ...storedV1,
        pausedSites: ['a.example'],
        modifierKey: 'Hyper',
        language: 'de',
        futureField: 1,
      },
      version: 7,
    });
    expect(loaded.repaired).toEqual(['modifierKey']);
    expect(loaded.settings.pausedSites).toEqual(['a.example']);
    expect(loaded.settings.language).toBe('de');
    expect(loaded.settings).not.toHaveProperty('futureField');
  });

  it('logs the downgrade once, not on every load: the version is set back to ours', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadWith({
      value: { ...storedV1, pausedSites: [], modifierKey: 'Alt', language: 'auto' },
      version: 7,
    });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3 });
    errors.mockClear();
    // The next page that loads the settings module (an options load) logs nothing.
    vi.resetModules();
    const again = await import('../../../utils/settings');
    await again.loadSettings();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('clears the notice once a change saves the repaired value', async () => {
    const { settingsModule } = await loadWith({
      value: { ...storedV1, calmMode: 'yes' },
      version: 1,
    });
    await settingsModule.updateSettings({ change: () => ({ showBadge: true }) });
    const after = await settingsModule.loadSettings();
    expect(after.repaired).toEqual([]);
    expect(after.settings.calmMode).toBe(false);
    expect(after.settings.disabledTopics).toEqual(['nato']);
  });

  it('hands watchers repaired settings', async () => {
    vi.resetModules();
    const { watchSettings } = await import('../../../utils/settings');
    const seen: unknown[] = [];
    watchSettings({ onChange: (next) => seen.push(next) });
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings, markStyle: 42 } });
    expect(seen).toEqual([{ settings: defaultSettings, repaired: ['markStyle'] }]);
  });
});

describe('repairSettings on single fields', () => {
  it('keeps the good hosts of a site list with a bad one, and reports the list', async () => {
    const { repairSettings } = await import('../../../utils/settings');
    const { settings, repaired } = repairSettings({
      stored: {
        ...defaultSettings,
        denySites: ['bad.example', 'not a host', 42, 'WWW.Upper.example', 'ok.example'],
        disabledEntries: ['ceasefire', null],
      },
    });
    expect(settings.denySites).toEqual(['bad.example', 'ok.example']);
    expect(settings.disabledEntries).toEqual(['ceasefire']);
    expect(repaired.sort()).toEqual(['denySites', 'disabledEntries']);
  });
});
