// @vitest-environment node
/**
 * The content script matches with the entries that build-plugins.ts ships in the matcher's
 * bundle, not with the knowledge base the node tools read, and turns pages away with the match
 * gate made from those same entries. All must agree, or pages lose marks the evaluation counts
 * (descriptions and short forms were once left out of the shipped entries).
 */
import { describe, expect, it } from 'vitest';
import { pageEnginePlugins } from '../../../entrypoints/content/build-plugins';
import { loadKnowledgeBaseFromDisk } from '../../../knowledge/load-from-disk';
import { createMatcher } from '../../../utils/matcher/index';
import { MatchGate, type MatchGateData } from '../../../utils/matcher/match-gate';
import { matchGateDataOf } from '../../../utils/matcher/match-gate-data';
import type { PageEntry } from '../../../utils/page-entries';

/** A virtual module of build-plugins.ts, evaluated: what its default export returns. */
function loadVirtualModule<T>(name: string): T {
  const plugin = pageEnginePlugins()[0];
  const resolve = plugin?.resolveId as (source: string) => string | undefined;
  const load = plugin?.load as (this: { addWatchFile(path: string): void }, id: string) => string;
  const id = resolve(name);
  if (!id) throw new Error(`${name} did not resolve`);
  const source = load.call({ addWatchFile() {} }, id);
  const body = source.replace('export default function load()', 'return function load()');
  return (new Function(body)() as () => T)();
}

const full = loadKnowledgeBaseFromDisk().entries;
const sent = loadVirtualModule<PageEntry[]>('virtual:treaty-lens/page-entries');

describe('the entries shipped with the matcher to content scripts', () => {
  it('are every entry of the knowledge base, with every field the matcher reads', () => {
    expect(sent.map((entry) => entry.id)).toEqual(full.map((entry) => entry.id).sort());
    for (const entry of full) {
      const page = sent.find((candidate) => candidate.id === entry.id);
      expect(page?.descriptions).toEqual(entry.descriptions);
      expect(page?.shortForms).toEqual(entry.shortForms);
      expect(page?.context).toEqual(entry.context);
      expect(page?.phrases).toEqual(entry.phrases);
      expect(page?.title).toEqual(entry.title);
    }
  });

  it('find the same concepts as the full knowledge base, descriptions and short forms included', () => {
    const page = createMatcher({ entries: sent });
    const tools = createMatcher({ entries: full });
    const pageText =
      'Kyiv wants security guarantees before any ceasefire. Paris and London say their soldiers could be stationed in western Ukraine once the guns fall silent. Moscow rejects these guarantees, and NATO allies in Brussels are split.';
    const ids = (matcher: typeof page) =>
      matcher.findConcepts({ text: pageText, pageText }).map((match) => match.entryId);
    expect(ids(tools)).toContain('boots-on-the-ground');
    expect(ids(page)).toEqual(ids(tools));
  });
});

describe('the match gate shipped to the content script', () => {
  it('is read from the index of the shipped entries, and lets their concepts through', () => {
    const data = loadVirtualModule<MatchGateData>('virtual:treaty-lens/match-gate');
    expect(data).toEqual(matchGateDataOf(sent));
    const gate = MatchGate.of(data);
    expect(gate.mayMatch('Kyiv wants security guarantees before any ceasefire.')).toBe(true);
    expect(gate.mayMatch('The recipe needs two eggs and a cup of flour.')).toBe(false);
  });
});
