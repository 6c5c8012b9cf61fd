/**
 * Where Treaty Lens runs: host-name rules typed by the reader, and the decision for one host.
 * Pure functions, shared by the content script (should I mark this page?), the popup (why is
 * nothing marked?) and the options page (is this host name valid?).
 */
import { newsSiteHosts } from './news-sites';
import type { Settings } from './settings';

export type HostInputProblem = 'empty' | 'has-path' | 'bad-characters' | 'no-dot' | 'too-long';

/**
 * Turns what a reader types ("www.Example.com", "https://example.com/page", "*.example.com")
 * into the host name a rule stores ("example.com"), or says what is wrong with it. A rule for a
 * host also covers its subdomains, so a leading "www." or "*." adds nothing and is dropped.
 */
export function parseHostInput({
  text,
}: {
  text: string;
}): { host: string; problem?: undefined } | { host?: undefined; problem: HostInputProblem } {
  let candidate = text.trim().toLowerCase();
  if (candidate === '') return { problem: 'empty' };
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(candidate);
  if (scheme) {
    if (!/^https?:\/\//.test(candidate)) return { problem: 'bad-characters' };
    candidate = candidate.slice(scheme[0].length).replace(/[/?#].*$/, '');
  } else if (/[/?#]/.test(candidate)) {
    return { problem: 'has-path' };
  }
  candidate = candidate
    .replace(/^\*\./, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  // A port, user name or space has no place in a site rule.
  if (/[\s:@*]/.test(candidate)) return { problem: 'bad-characters' };
  let host: string;
  try {
    // The URL parser turns "bücher.de" into its punycode form, as tab URLs report it.
    host = new URL(`http://${candidate}/`).hostname;
  } catch {
    return { problem: 'bad-characters' };
  }
  if (host.length > 253) return { problem: 'too-long' };
  const labels = host.split('.');
  if (!labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) {
    return { problem: 'bad-characters' };
  }
  if (labels.length < 2 && host !== 'localhost') return { problem: 'no-dot' };
  return { host };
}

/** True when `host` is `rule` or one of its subdomains ("news.bbc.co.uk" under "bbc.co.uk"). */
export function hostMatchesRule({ host, rule }: { host: string; rule: string }): boolean {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return bare === rule || bare.endsWith(`.${rule}`);
}

function listMatches({ host, rules }: { host: string; rules: readonly string[] }): boolean {
  return rules.some((rule) => hostMatchesRule({ host, rule }));
}

/** Why the settings do or do not let the extension mark pages on a host. */
export type SiteStatus = 'active' | 'denied' | 'paused' | 'not-listed';

/**
 * The settings' decision for one host, with its reason for the popup. Deny wins over
 * everything, then a pause, then the allow list; in "only listed sites" mode nothing else runs.
 * Where the content script is injected at all (news sites by default, every site once the
 * reader allows it) is the manifest's business; this decides what happens once it is there.
 */
export function siteStatus({ settings, host }: { settings: Settings; host: string }): SiteStatus {
  if (listMatches({ host, rules: settings.denySites })) return 'denied';
  if (listMatches({ host, rules: settings.pausedSites })) return 'paused';
  if (listMatches({ host, rules: settings.allowSites })) return 'active';
  return settings.siteMode === 'list' ? 'not-listed' : 'active';
}

/**
 * Should the content script mark pages on `host`? The page engine calls this on every
 * settings change and removes its marks at once when the answer turns false.
 */
export function isSiteActive({ settings, host }: { settings: Settings; host: string }): boolean {
  return siteStatus({ settings, host }) === 'active';
}

/** Whether `host` is on the built-in news-site list (the default "where it runs"). */
export function isNewsSite({ host }: { host: string }): boolean {
  return listMatches({ host, rules: newsSiteHosts });
}

/** The rule that pauses `host`: its name without "www.", so the pause covers the whole site. */
export function pauseRuleFor({ host }: { host: string }): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** Settings with `host` paused or resumed. Resuming also lifts a pause on a parent domain. */
export function withSitePaused({
  settings,
  host,
  paused,
}: {
  settings: Settings;
  host: string;
  paused: boolean;
}): Pick<Settings, 'pausedSites'> {
  const rule = pauseRuleFor({ host });
  if (paused) {
    return {
      pausedSites: settings.pausedSites.includes(rule)
        ? settings.pausedSites
        : [...settings.pausedSites, rule],
    };
  }
  return {
    pausedSites: settings.pausedSites.filter((paused) => !hostMatchesRule({ host, rule: paused })),
  };
}

/** Pages no extension may run on, and the reason the popup gives in plain words. */
export type RestrictedPage = 'browser-page' | 'web-store' | 'pdf-viewer';

const webStores: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * Whether a tab's URL is one the browser keeps extensions out of: its own pages (chrome://,
 * about:, other extensions), the add-on stores, and the built-in PDF viewer.
 */
export function restrictedPage({ url }: { url: string }): RestrictedPage | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return 'browser-page';
  }
  const store = webStores.find(
    (candidate) =>
      parsed.hostname === candidate.host &&
      (!candidate.path || parsed.pathname.startsWith(candidate.path)),
  );
  if (store) return 'web-store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf-viewer';
  return undefined;
}
