/**
 * The built manifests ask for no more than the allowed permissions (least first: README
 * "Permissions"), and the packages carry no remote code. Reads the production builds
 * (`npm run build`), so it runs with the browser tests, after the builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeBuildDir, firefoxBuildDir, requireBuild } from './harness/paths';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
  icons?: Record<string, string>;
}

/** Every permission the extension may ask for, and why (wxt.config.ts says the same). */
const allowed = {
  permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'menus', 'sidePanel'],
  optional: ['*://*/*'],
};

const builds = [
  { name: 'Chrome MV3', dir: chromeBuildDir },
  { name: 'Firefox MV2', dir: firefoxBuildDir },
];

function readManifest(dir: string): Manifest {
  requireBuild({ dir, command: 'npm run build' });
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe.each(builds)('the $name manifest', ({ dir }) => {
  it('asks only for allowed permissions, and for no host at install', () => {
    const manifest = readManifest(dir);
    for (const permission of manifest.permissions ?? []) {
      expect(allowed.permissions, `permission "${permission}"`).toContain(permission);
    }
    expect(manifest.host_permissions ?? []).toEqual([]);
    const optional = [
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(optional).toEqual(allowed.optional);
  });

  it('runs the content script on at least 60 news sites over https, and on no other site', () => {
    const matches = readManifest(dir).content_scripts?.flatMap((script) => script.matches) ?? [];
    const newsSites = matches.filter((match) => /^https:\/\/\*\.[a-z0-9.-]+\/\*$/.test(match));
    expect(newsSites.length).toBeGreaterThanOrEqual(60);
    // Loopback addresses are for the tests and demos (`npm start`); nothing else is allowed.
    const others = matches.filter((match) => !newsSites.includes(match));
    expect(others).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('has icons at every size the stores ask for', () => {
    expect(Object.keys(readManifest(dir).icons ?? {}).sort()).toEqual([
      '128',
      '16',
      '32',
      '48',
      '96',
    ]);
  });

  it('loads no remote code: no custom CSP, no script from the web', () => {
    expect(readManifest(dir).content_security_policy).toBeUndefined();
    for (const file of filesUnder(dir).filter((name) => name.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
    for (const file of filesUnder(dir).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bimport\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/importScripts\(\s*["'`]https?:/);
    }
  });
});
