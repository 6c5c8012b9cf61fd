// @vitest-environment node
/**
 * The targets on the shared evaluation sets, scored like `npm run eval` on the 17
 * required ids. Skipped, with a message, when ../shared is not there (a clone without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDefaultMatcher, idsInParagraph } from '../../eval/find-ids';
import { type LabelledLine, parseJsonLines, requiredIds, scoreLines } from '../../eval/scoring';

const evalDir = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
const devPath = `${evalDir}dev.jsonl`;
const opEdPath = `${evalDir}op-ed.jsonl`;
const present = existsSync(devPath) && existsSync(opEdPath);
const skipNote = present ? '' : ` (SKIPPED: ${evalDir} not found)`;

const scored = new Map<string, ReturnType<typeof scoreFile>>();
function score(path: string) {
  const cached = scored.get(path) ?? scoreFile(path);
  scored.set(path, cached);
  return cached;
}

function scoreFile(path: string) {
  const lines = parseJsonLines<LabelledLine>(readFileSync(path, 'utf8'));
  const matcher = createDefaultMatcher();
  const found = lines.map((line) => idsInParagraph({ matcher, text: line.text }));
  return scoreLines({ lines, found, ids: requiredIds });
}

describe.skipIf(!present)(`matcher accuracy on ../shared/eval${skipNote}`, () => {
  it('dev.jsonl: English precision ≥ 0.95 and recall ≥ 0.90', () => {
    const english = score(devPath).byLanguage.get('en');
    expect(english?.precision).toBeGreaterThanOrEqual(0.95);
    expect(english?.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['de', 'fr', 'uk', 'ru'])('dev.jsonl: %s recall ≥ 0.80', (language) => {
    expect(score(devPath).byLanguage.get(language)?.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('op-ed.jsonl: every labelled concept found', () => {
    const { overall, misses } = score(opEdPath);
    expect(misses).toEqual([]);
    expect(overall.recall).toBe(1);
  });
});

it.runIf(!present)(`matcher accuracy on ../shared/eval${skipNote}`, () => {
  console.warn(`eval targets not checked: ${evalDir} not found`);
});
