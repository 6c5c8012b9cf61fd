/**
 * `npm run eval -- FILE.jsonl [--all-ids]`: precision, recall and F1 of the matcher on labelled
 * lines (`{text, expect: [ids], lang}`), overall, per language and per entry id, then every miss
 * and false mark. Scores count the 17 ids the targets name; the table for all ids follows.
 */
import { readFileSync } from 'node:fs';
import { createDefaultMatcher, idsInParagraph } from './find-ids';
import { type Counts, type LabelledLine, parseJsonLines, requiredIds, scoreLines } from './scoring';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run eval -- FILE.jsonl\n');
  process.exit(2);
}
const lines = parseJsonLines<LabelledLine>(readFileSync(file, 'utf8'));
const matcher = createDefaultMatcher();
const started = performance.now();
const found = lines.map((line) => idsInParagraph({ matcher, text: line.text }));
const elapsed = performance.now() - started;

const row = (label: string, c: Counts) =>
  `  ${label.padEnd(28)} P ${c.precision.toFixed(3)}  R ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}` +
  `  (tp ${c.truePositives}, fp ${c.falsePositives}, fn ${c.falseNegatives})`;

function report(title: string, ids?: readonly string[]): void {
  const scores = scoreLines({ lines, found, ids });
  console.log(`\n== ${title} ==`);
  console.log(row('overall', scores.overall));
  console.log('by language');
  const languages = [...scores.byLanguage].sort((a, b) => lineCount(b[0]) - lineCount(a[0]));
  for (const [lang, counts] of languages)
    console.log(row(`${lang} (${lineCount(lang)} lines)`, counts));
  console.log('by id, weakest first');
  const byId = [...scores.byId].sort((a, b) => a[1].f1 - b[1].f1 || a[0].localeCompare(b[0]));
  for (const [id, counts] of byId) console.log(row(id, counts));
  console.log(`misses (${scores.misses.length})`);
  for (const m of scores.misses)
    console.log(`  line ${m.line} [${m.lang}] ${m.id}: ${clip(m.text)}`);
  console.log(`false marks (${scores.falseMarks.length})`);
  for (const m of scores.falseMarks)
    console.log(`  line ${m.line} [${m.lang}] ${m.id}: ${clip(m.text)}`);
}

function lineCount(lang: string): number {
  return lines.filter((line) => (line.lang ?? '?') === lang).length;
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

console.log(`${file}: ${lines.length} lines, matched in ${elapsed.toFixed(1)} ms`);
report(`the ${requiredIds.length} required ids`, requiredIds);
report('all ids');
