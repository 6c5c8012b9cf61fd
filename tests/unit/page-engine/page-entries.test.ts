// @vitest-environment node
/**
 * The content script matches with the entries that build-plugins.ts ships to it, not with the
 * knowledge base the node tools read. Both must find the same concepts, or pages lose marks the
 * evaluation counts (descriptions and short forms were once left out of the shipped entries).
 */
import { describe, expect, it } from 'vitest';
import { pageEnginePlugins } from '../../../entrypoints/content/build-plugins';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';
import { createMatcher, type MatchableEntry } from '../../../utils/matcher/index';

function shippedEntries(): MatchableEntry[] {
  const plugin = pageEnginePlugins()[0];
  const resolve = plugin?.resolveId as (source: string) => string | undefined;
  const load = plugin?.load as (this: { addWatchFile(path: string): void }, id: string) => string;
  const id = resolve('virtual:treaty-lens/page-entries');
  if (!id) throw new Error('the page-entries module did not resolve');
  const source = load.call({ addWatchFile() {} }, id);
  const body = source.replace(
    'export default function pageEntries()',
    'return function pageEntries()',
  );
  return (new Function(body)() as () => MatchableEntry[])();
}

const full = loadKnowledgeBaseFromDisk().entries;
const shipped = shippedEntries();

describe('the entries shipped to the content script', () => {
  it('are every entry of the knowledge base, with every field the matcher reads', () => {
    expect(shipped.map((entry) => entry.id)).toEqual(full.map((entry) => entry.id).sort());
    for (const entry of full) {
      const page = shipped.find((candidate) => candidate.id === entry.id);
      expect(page?.descriptions).toEqual(entry.descriptions);
      expect(page?.shortForms).toEqual(entry.shortForms);
      expect(page?.context).toEqual(entry.context);
      expect(page?.phrases).toEqual(entry.phrases);
    }
  });

  it('find the same concepts as the full knowledge base, descriptions and short forms included', () => {
    const page = createMatcher({ entries: shipped });
    const tools = createMatcher({ entries: full });
    const pageText =
      'Kyiv wants security guarantees before any ceasefire. Paris and London say their soldiers could be stationed in western Ukraine once the guns fall silent. Moscow rejects these guarantees, and NATO allies in Brussels are split.';
    const ids = (matcher: typeof page) =>
      matcher.findConcepts({ text: pageText, pageText }).map((match) => match.entryId);
    expect(ids(tools)).toContain('boots-on-the-ground');
    expect(ids(page)).toEqual(ids(tools));
  });
});
