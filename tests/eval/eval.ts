/**
 * `npm run eval [-- FILE.jsonl ...] [--show-held-out]`: precision, recall and F1 of the matcher on
 * labelled lines (`{text, expect: [ids], lang, source, optional?}`), overall, per language and per
 * entry id, for the held-out fifth (held-out.ts: by article) and for the rest apart; then the false
 * marks on hard negatives, and every miss and false mark of the rest. The held-out part's misses
 * are printed only with `--show-held-out`: read them once tuning is over, or the fifth stops being
 * held out. Without files it reads ../shared/eval/dev.jsonl and dev2.jsonl.
 *
 * Scores count the 17 ids the targets name; a line's `optional` ids count neither way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDefaultMatcher, idsInParagraph } from './find-ids';
import { splitHeldOut } from './held-out';
import {
  type Counts,
  isHardNegative,
  type LabelledLine,
  parseJsonLines,
  requiredIds,
  scoreLines,
} from './scoring';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'show-held-out': { type: 'boolean', default: false } },
});
const evalDir = resolve(import.meta.dirname, '../../../shared/eval');
const files =
  positionals.length > 0 ? positionals : ['dev.jsonl', 'dev2.jsonl'].map((f) => `${evalDir}/${f}`);

interface Line extends LabelledLine {
  file: string;
  number: number;
  found: string[];
}

const matcher = createDefaultMatcher();
const started = performance.now();
const lines: Line[] = files.flatMap((file) =>
  parseJsonLines<LabelledLine>(readFileSync(file, 'utf8')).map((line, index) => ({
    ...line,
    file: file.replace(/.*\//, ''),
    number: index + 1,
    found: idsInParagraph({ matcher, text: line.text }),
  })),
);
const elapsed = performance.now() - started;

const row = (label: string, c: Counts) =>
  `  ${label.padEnd(30)} P ${c.precision.toFixed(3)}  R ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}` +
  `  (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives})`;

function table(title: string, part: readonly Line[], showMistakes: boolean): void {
  const scores = scoreLines({ lines: part, found: part.map((l) => l.found), ids: requiredIds });
  const count = (lang: string) => part.filter((line) => (line.lang ?? '?') === lang).length;
  const articles = new Set(part.map((line) => line.source)).size;
  console.log(`\n== ${title}: ${part.length} lines from ${articles} articles ==`);
  console.log(row('overall', scores.overall));
  const english = scores.byLanguage.get('en');
  const others = scoreLines({
    lines: part.filter((l) => l.lang !== 'en'),
    found: part.filter((l) => l.lang !== 'en').map((l) => l.found),
    ids: requiredIds,
  }).overall;
  if (english) console.log(row('English', english));
  console.log(row('other languages', others));
  console.log('by language');
  const languages = [...scores.byLanguage].sort((a, b) => count(b[0]) - count(a[0]));
  for (const [lang, counts] of languages)
    console.log(row(`${lang} (${count(lang)} lines)`, counts));
  console.log('by id, weakest first');
  const byId = [...scores.byId].sort(
    (a, b) => a[1].recall - b[1].recall || a[0].localeCompare(b[0]),
  );
  for (const [id, counts] of byId) console.log(row(id, counts));
  const negatives = part.filter(isHardNegative);
  const marked = negatives.filter((line) => line.found.some((id) => !line.optional?.includes(id)));
  console.log(`hard negatives: ${negatives.length} lines, ${marked.length} with a false mark`);
  if (!showMistakes) {
    console.log('  (misses and false marks not shown: --show-held-out)');
    return;
  }
  for (const line of marked)
    console.log(`  ${where(line)} ${line.found.join(',')}: ${clip(line.text)}`);
  const at = (m: { line: number }) => part[m.line - 1] as Line;
  console.log(`misses (${scores.misses.length})`);
  for (const m of scores.misses) console.log(`  ${where(at(m))} ${m.id}: ${clip(m.text)}`);
  console.log(`false marks (${scores.falseMarks.length})`);
  for (const m of scores.falseMarks) console.log(`  ${where(at(m))} ${m.id}: ${clip(m.text)}`);
}

function where(line: Line): string {
  return `${line.file}:${line.number} [${line.lang ?? '?'}]`;
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

const { heldOut, rest } = splitHeldOut(lines);
console.log(
  `${files.map((f) => f.replace(/.*\//, '')).join(' + ')}: ${lines.length} lines, matched in ${elapsed.toFixed(1)} ms; ` +
    `scores on the ${requiredIds.length} required ids`,
);
table('held-out fifth (by article)', heldOut, flags['show-held-out'] ?? false);
table('the rest (tuned on)', rest, true);
