import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Browser } from 'wxt/browser';
import { pageEnginePlugins } from './entrypoints/content/build-plugins';
import { validateKnowledgeDir } from './knowledge/validate';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // A build never ships a knowledge base that breaks its schema or its references.
    'build:before': (wxt) => {
      const errors = validateKnowledgeDir(resolve(wxt.config.root, 'knowledge'));
      if (errors.length > 0) {
        throw new Error(`knowledge/ is invalid:\n- ${errors.join('\n- ')}`);
      }
    },
  },
  vite: () => ({
    // Page engine: keeps the content script small (matchable fields only, no full knowledge base).
    plugins: [preact(), ...pageEnginePlugins()],
  }),
  zip: {
    // The Firefox sources zip is for add-on reviewers rebuilding the extension: the code and its
    // build config only (node_modules, .output and dot-folders are left out by default).
    excludeSources: [
      'tests/**',
      'vitest*.config.ts',
      'test-results/**',
      'coverage/**',
      'assets/screenshots/**',
      'stats.html',
      '**/*.log',
    ],
  },
  // Permissions, least first (README "Privacy and permissions"; tests/e2e/integration.manifest.e2e.ts
  // fails on anything not on its list).
  manifest: ({ browser }) => ({
    name: 'Treaty Lens',
    description:
      'Marks security-guarantee and treaty language in news about the war in Ukraine and explains it on hover.',
    // public/_locales holds every user-visible string; browsers refuse _locales without this.
    default_locale: 'en',
    permissions: [
      'storage',
      // The popup learns the current tab's address when opened from the toolbar (so it can say
      // why it cannot run there) and "Scan this page" may run the content script on that tab
      // once; a keyboard command grants it too. No install warning.
      'activeTab',
      // "Scan this page" (with activeTab) and the "All sites" content script registered at
      // runtime (scripting.registerContentScripts). No install warning by itself.
      'scripting',
      // "Look up “…” in Treaty Lens" on selected text. Firefox's own name is `menus`.
      browser === 'firefox' ? 'menus' : 'contextMenus',
    ],
    // "All sites" is asked for from the options page, never at install. MV2 has no
    // optional_host_permissions (WXT drops the key there): Firefox lists origins with the rest.
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] as unknown as Browser.runtime.ManifestPermission[] }
      : { optional_host_permissions: ['*://*/*'] }),
    // The content script imports the match gate's bundle on a frame's first text, the matcher's
    // once the gate lets a block through (lazy-matcher.ts) and the hover card's on first hover
    // (card-loader.ts): a page's content
    // script may only import extension files listed here. Every http(s) page, because
    // "All sites" and "Scan this page" run it outside the news list.
    web_accessible_resources: [
      { resources: ['hover-card-ui.js', 'match-gate.js', 'page-matcher.js'], matches: ['*://*/*'] },
    ],
    // Rebindable in chrome://extensions/shortcuts and Firefox's "Manage Extension Shortcuts".
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open Treaty Lens (concepts on this page and lookup)',
      },
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Toggle marks on this site',
      },
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Next marked concept',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Previous marked concept',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'treaty-lens@example.org',
        strict_min_version: '140.0',
        // Nothing is collected or transmitted (README "Privacy and permissions"); AMO asks every add-on to say so.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
