import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { matchGateDataOf } from '../../utils/matcher/match-gate-data';
import { toPageEntry } from '../../utils/page-entries';

/*
 * Build-time only: Vite plugins for the content script's bundle (it must stay small: it runs
 * on every news page). They run in Vite, never in the extension.
 */

const pageEntriesModule = 'virtual:treaty-lens/page-entries';
const matchGateModule = 'virtual:treaty-lens/match-gate';

/**
 * Serves two modules made from the knowledge entries' files:
 * - `virtual:treaty-lens/page-entries`, every entry reduced to its matchable fields (so the
 *   matcher's bundle stays small, and summaries, views and treaty text reach the hover card from
 *   the background, `get-entry`);
 * - `virtual:treaty-lens/match-gate`, the match gate's data (utils/matcher/match-gate.ts), read
 *   from the matcher's index of those same entries.
 * Each is a JSON string parsed when called (once: by the matcher's bundle, by the gate): faster
 * to load than the same data as a JavaScript literal
 * (https://v8.dev/blog/cost-of-javascript-2019#json), and not parsed while the script starts.
 * Vite's JSON named exports cannot do this: an `import:` of a key that one entry lacks
 * (`context` is optional) fails the build.
 */
function pageEntriesPlugin({
  entriesDir = resolve('knowledge/entries'),
}: {
  entriesDir?: string;
} = {}): Plugin {
  const modules = [pageEntriesModule, matchGateModule];
  return {
    name: 'treaty-lens:page-entries',
    resolveId(source) {
      return modules.includes(source) ? `\0${source}` : undefined;
    },
    load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !modules.includes(name)) return undefined;
      const files = readdirSync(entriesDir)
        .filter((file) => file.endsWith('.json'))
        .sort();
      const entries = files.map((file) => {
        const path = join(entriesDir, file);
        this.addWatchFile(path);
        return toPageEntry(JSON.parse(readFileSync(path, 'utf8')) as object);
      });
      const data = name === pageEntriesModule ? entries : matchGateDataOf(entries);
      // Parsed anew on each call, kept by no one: the caller holds what it needs.
      return `export default function load() { return JSON.parse(${JSON.stringify(JSON.stringify(data))}); }`;
    },
  };
}

/** The bundles that run on news pages: the content script and the gate, matcher and card UI it loads. */
const pageEntrypoints = ['content', 'hover-card-ui', 'page-matcher', 'match-gate'];
const emptyKnowledgeBaseId = '\0treaty-lens:content-script-knowledge-base';

/**
 * Keeps the full knowledge base out of the content script. The shared EntryCard imports the
 * bundled knowledge base as a default for its `knowledgeBase` prop; the hover card always passes
 * the entry's details from the background instead, so in the bundles that run on pages that
 * import resolves to an empty knowledge base. WXT defines `import.meta.env.ENTRYPOINT` per entry point.
 */
function contentScriptKnowledgeBasePlugin(): Plugin {
  let isContentScript = false;
  return {
    name: 'treaty-lens:content-script-knowledge-base',
    enforce: 'pre',
    configResolved(config) {
      const entrypoint = config.define?.['import.meta.env.ENTRYPOINT'];
      isContentScript = pageEntrypoints.some((name) => entrypoint === JSON.stringify(name));
    },
    resolveId(source, importer) {
      if (!isContentScript || !importer || !/(^|\/)knowledge\/index(\.ts)?$/.test(source)) {
        return undefined;
      }
      return emptyKnowledgeBaseId;
    },
    load(id) {
      if (id !== emptyKnowledgeBaseId) return undefined;
      return 'export const knowledgeBase = { entries: [], documents: [], topics: [], opEd: { title: "", outlet: "", url: "", author: "", authorConfirmed: false, date: "", dateConfirmed: false, caveat: "" } };';
    },
  };
}

/** The page engine's build plugins (wxt.config.ts adds them to every build; each checks its target). */
export function pageEnginePlugins({ entriesDir }: { entriesDir?: string } = {}): Plugin[] {
  return [pageEntriesPlugin({ entriesDir }), contentScriptKnowledgeBasePlugin()];
}
