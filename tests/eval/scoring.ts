/**
 * Precision and recall of the matcher against labelled lines (`{text, expect, lang}`), shared by
 * `npm run eval` and the unit test that holds the targets. Counts (line, entry id) pairs: a line
 * expecting two ids and getting one scores one hit and one miss.
 */

/** The ids the targets are measured on. */
export { requiredIds } from '../../knowledge/required-ids';

export interface LabelledLine {
  text: string;
  expect: string[];
  lang?: string;
  note?: string;
  /** Ids either answer is right for: found or not, they count neither way. */
  optional?: string[];
  /** The article the line comes from (the held-out split is made by article). */
  source?: string;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  line: number;
  id: string;
  lang: string;
  text: string;
}

export interface Scores {
  overall: Counts;
  byId: Map<string, Counts>;
  byLanguage: Map<string, Counts>;
  misses: Mistake[];
  falseMarks: Mistake[];
}

/** Scores `found[i]` (ids the matcher reported) against `lines[i].expect`, keeping only `ids` if given. */
export function scoreLines({
  lines,
  found,
  ids,
}: {
  lines: readonly LabelledLine[];
  found: readonly (readonly string[])[];
  ids?: readonly string[];
}): Scores {
  const keep = ids ? new Set(ids) : null;
  const tally = () => ({ tp: 0, fp: 0, fn: 0 });
  const overall = tally();
  const byId = new Map<string, ReturnType<typeof tally>>();
  const byLanguage = new Map<string, ReturnType<typeof tally>>();
  const misses: Mistake[] = [];
  const falseMarks: Mistake[] = [];
  const bump = (key: keyof ReturnType<typeof tally>, id: string, lang: string) => {
    overall[key]++;
    for (const [map, name] of [
      [byId, id],
      [byLanguage, lang],
    ] as const) {
      const counts = map.get(name) ?? tally();
      counts[key]++;
      map.set(name, counts);
    }
  };
  lines.forEach((line, index) => {
    const lang = line.lang ?? '?';
    const optional = new Set(line.optional ?? []);
    const expected = new Set(line.expect.filter((id) => !keep || keep.has(id)));
    const got = new Set(
      (found[index] ?? []).filter((id) => (!keep || keep.has(id)) && !optional.has(id)),
    );
    for (const id of optional) expected.delete(id);
    if (!byLanguage.has(lang)) byLanguage.set(lang, tally());
    for (const id of expected) {
      if (got.has(id)) bump('tp', id, lang);
      else {
        bump('fn', id, lang);
        misses.push({ line: index + 1, id, lang, text: line.text });
      }
    }
    for (const id of got) {
      if (expected.has(id)) continue;
      bump('fp', id, lang);
      falseMarks.push({ line: index + 1, id, lang, text: line.text });
    }
  });
  const toCounts = ({ tp, fp, fn }: ReturnType<typeof tally>): Counts => {
    // No marks and nothing to find is perfect; no marks with something to find is recall 0.
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
  };
  const mapCounts = (map: Map<string, ReturnType<typeof tally>>) =>
    new Map([...map].map(([key, value]) => [key, toCounts(value)]));
  return {
    overall: toCounts(overall),
    byId: mapCounts(byId),
    byLanguage: mapCounts(byLanguage),
    misses,
    falseMarks,
  };
}

/** Reads a JSONL file's text into objects, skipping blank lines. */
export function parseJsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/**
 * A hard negative: a line that names none of the concepts (often the right words in another story
 * or sense: a Gaza ceasefire, a consumer guarantee) or whose note says it is a near miss.
 */
export function isHardNegative(line: LabelledLine): boolean {
  return line.expect.length === 0 || /^(near-miss|hard negative)/.test(line.note ?? '');
}
