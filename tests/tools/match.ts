/**
 * `npm run --silent match -- FILE.jsonl`: for each input line (a JSON object with `text`, taken
 * as one paragraph), prints `{"ids": [...]}`, the distinct entry ids the extension would
 * highlight with default settings, in order. Nothing else goes to stdout.
 */
import { readFileSync } from 'node:fs';
import { createDefaultMatcher, idsInParagraph } from '../eval/find-ids';
import { parseJsonLines } from '../eval/scoring';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run --silent match -- FILE.jsonl\n');
  process.exit(2);
}
const matcher = createDefaultMatcher();
const output = parseJsonLines<{ text?: unknown }>(readFileSync(file, 'utf8')).map((line) => {
  const text = typeof line.text === 'string' ? line.text : '';
  return JSON.stringify({ ids: idsInParagraph({ matcher, text }) });
});
process.stdout.write(output.length > 0 ? `${output.join('\n')}\n` : '');
