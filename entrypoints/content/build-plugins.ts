import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { MatchableEntry } from '../../utils/matcher/index';

/*
 * Build-time only: Vite plugins for the content script's bundle (it must stay under 60 KB
 * gzipped). They run in Vite, never in the extension.
 */

const moduleId = 'virtual:treaty-lens/page-entries';
const resolvedId = `\0${moduleId}`;
/**
 * The fields the content script needs to match an entry and name it in the page summary: every
 * field the matcher reads (`MatchableEntry`, checked by the type below) and the title. A field
 * left out here silently loses its marks on pages while the node tools still find them.
 */
export const pageEntryFields = [
  'id',
  'title',
  'topic',
  'phrases',
  'descriptions',
  'shortForms',
  'context',
] as const satisfies readonly (keyof MatchableEntry | 'title')[];
type Shipped = (typeof pageEntryFields)[number];
// Fails to compile when the matcher reads a field that the content script is not given.
const everyMatchableFieldShipped: Record<Exclude<keyof MatchableEntry, Shipped>, never> = {};
void everyMatchableFieldShipped;

/**
 * Serves `virtual:treaty-lens/page-entries`:
 * every knowledge entry reduced to its matchable fields, so the content script stays small and
 * the summaries, views and treaty text reach the hover card from the background (`get-entry`).
 * Vite's JSON named exports cannot do this: an `import:` of a key that one entry lacks
 * (`context` is optional) fails the build.
 */
function pageEntriesPlugin({
  entriesDir = resolve('knowledge/entries'),
}: {
  entriesDir?: string;
} = {}): Plugin {
  return {
    name: 'treaty-lens:page-entries',
    resolveId(source) {
      return source === moduleId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const files = readdirSync(entriesDir)
        .filter((name) => name.endsWith('.json'))
        .sort();
      const entries = files.map((name) => {
        const path = join(entriesDir, name);
        this.addWatchFile(path);
        const entry = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        return Object.fromEntries(
          pageEntryFields.filter((field) => field in entry).map((field) => [field, entry[field]]),
        );
      });
      // A JSON string, parsed once: faster to load than the same data as a JavaScript literal
      // (https://v8.dev/blog/cost-of-javascript-2019#json). Parsed on first use (the first
      // scan's matcher build), not while the content script starts.
      return `let entries; export default function pageEntries() { return (entries ??= JSON.parse(${JSON.stringify(JSON.stringify(entries))})); }`;
    },
  };
}

/** The bundles that run on news pages: the content script and the card UI it loads. */
const pageEntrypoints = ['content', 'hover-card-ui'];
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
