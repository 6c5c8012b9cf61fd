import { browser } from 'wxt/browser';
import { allSitesOrigins, hasAllSitesAccess } from '../../utils/all-sites-access';
import { contentScriptFiles } from '../../utils/scan-this-page';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';

/** Id of the content script registered at runtime for "All sites". */
export const allSitesScriptId = 'treaty-lens-all-sites';

interface ContentScriptRegistration {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  allFrames?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

interface ScriptingApi {
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
}

function scripting(): ScriptingApi {
  return (browser as unknown as { scripting: ScriptingApi }).scripting;
}

/**
 * The manifest's own content script (news sites): the registered one runs the same file on
 * every other site, and leaves the news sites out so no page gets two page engines.
 */
export function allSitesScript(): ContentScriptRegistration {
  const [declared] = browser.runtime.getManifest().content_scripts ?? [];
  if (!declared?.js) throw new Error('The manifest declares no content script');
  return {
    id: allSitesScriptId,
    matches: [...allSitesOrigins],
    excludeMatches: declared.matches,
    js: contentScriptFiles(),
    allFrames: declared.all_frames ?? false,
    runAt: 'document_idle',
    // persistAcrossSessions is left at its default (true in Chrome); Firefox's MV2 build
    // rejects the field, and the background registers again at every start anyway.
  };
}

/** Registering and unregistering one after another: events can arrive together. */
let pendingSync: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered script match the facts: present exactly while the reader chose "All
 * sites" and the browser grants the permission. Recomputed from storage and the browser each
 * time (the service worker keeps nothing in memory), so calling it again is always safe.
 */
export function syncAllSitesScript(): Promise<boolean> {
  const sync = pendingSync.then(async () => {
    const [granted, { settings }, registered] = await Promise.all([
      hasAllSitesAccess(),
      loadSettings(),
      scripting().getRegisteredContentScripts({ ids: [allSitesScriptId] }),
    ]);
    const wanted = granted && settings.siteMode === 'all';
    if (wanted && registered.length === 0)
      await scripting().registerContentScripts([allSitesScript()]);
    if (!wanted && registered.length > 0) {
      await scripting().unregisterContentScripts({ ids: [allSitesScriptId] });
    }
    return wanted;
  });
  pendingSync = sync.catch(() => {});
  return sync;
}

/**
 * The access was taken back (the browser's site-access settings, or the options page): the
 * setting follows, so the options page never claims "All sites" without the permission.
 */
async function leaveAllSitesMode(): Promise<void> {
  if (await hasAllSitesAccess()) return;
  await updateSettings({
    change: (settings) => (settings.siteMode === 'all' ? { siteMode: 'news' } : {}),
  });
}

/**
 * "All sites": the content script is registered at runtime (scripting.registerContentScripts,
 * Chrome MV3 and Firefox) when the optional permission is granted and removed when it is
 * revoked. Checked again at install, browser start and every change of permission or setting.
 */
export function registerScriptsForAllSites(): void {
  const sync = () => void syncAllSitesScript().catch((error) => console.error(error));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(() => {
    void leaveAllSitesMode().finally(sync);
  });
  let siteMode: string | undefined;
  watchSettings({
    onChange: ({ settings }) => {
      if (settings.siteMode === siteMode) return;
      siteMode = settings.siteMode;
      sync();
    },
  });
}
