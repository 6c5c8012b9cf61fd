import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
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
  manifest: {
    name: 'Treaty Lens',
    description:
      'Marks security-guarantee and treaty language in news about the war in Ukraine and explains it on hover.',
    // public/_locales holds every user-visible string; browsers refuse _locales without this.
    default_locale: 'en',
    // activeTab: the popup learns the current tab's address when opened from the toolbar, so it
    // can say why it cannot run on browser pages, the web store or the PDF viewer (no warning).
    permissions: ['storage', 'activeTab'],
    browser_specific_settings: {
      gecko: {
        id: 'treaty-lens@example.org',
        strict_min_version: '140.0',
      },
    },
  },
});
