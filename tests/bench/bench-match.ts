/**
 * `npm run bench:match [-- --corpus DIR] [--fuse-sample CHARS]`: the matcher's throughput on
 * the text of real saved pages (../shared/corpus, tags stripped), side by side in one run with
 * a plain regular-expression alternation of the same phrases and with fuse.js over word n-grams
 * (the naive approach). fuse.js is too slow for the whole corpus: it runs on a sample and its
 * time is extrapolated, which the output says. Also measures how long building the index takes.
 * The last line is one JSON object with the figures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { createMatcher } from '../../utils/matcher/index';

const { values: flags } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../../shared/corpus') },
    'fuse-sample': { type: 'string', default: '60000' },
    rounds: { type: 'string', default: '3' },
  },
});

const entries = loadKnowledgeBaseFromDisk().entries;
const phrases = entries.flatMap((entry) => Object.values(entry.phrases).flat());

// --- the text: every page's visible text, one paragraph per block ----------------------------
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function paragraphsOf(html: string): string[] {
  return html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|li|h[1-6]|tr|td|th|br|section|article|blockquote|header|footer)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

const files = htmlFiles(flags.corpus);
const paragraphs = files.flatMap((file) => paragraphsOf(readFileSync(file, 'utf8')));
const totalChars = paragraphs.reduce((sum, p) => sum + p.length, 0);
const totalMB = Buffer.byteLength(paragraphs.join('\n'), 'utf8') / 1e6;
console.log(
  `corpus: ${files.length} pages, ${paragraphs.length} paragraphs, ${totalMB.toFixed(2)} MB of text (UTF-8)`,
);
console.log(`knowledge base: ${entries.length} entries, ${phrases.length} phrases`);

// --- index construction ------------------------------------------------------------------------
const buildTimes: number[] = [];
for (let i = 0; i < 15; i++) {
  const started = performance.now();
  createMatcher({ entries });
  buildTimes.push(performance.now() - started);
}
const buildMs = median(buildTimes);
console.log(`index build: median ${buildMs.toFixed(1)} ms (first ${buildTimes[0]?.toFixed(1)} ms, cold)`);

// --- the matcher ---------------------------------------------------------------------------------
const matcher = createMatcher({ entries });
const rounds = Number(flags.rounds);
let matcherMatches = 0;
const matcherSeconds = timeRounds(rounds, () => {
  matcherMatches = 0;
  for (const text of paragraphs) matcherMatches += matcher.findConcepts({ text }).length;
});

// --- plain regular-expression alternation of the same phrases ------------------------------------
// Literal phrases only ("…" read as "any few words" would make it a different algorithm),
// longest first, case-insensitive, bounded by non-letters.
const literal = phrases.filter((p) => !p.includes('…')).sort((a, b) => b.length - a.length);
const alternation = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${literal.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
let regexMatches = 0;
const regexSeconds = timeRounds(rounds, () => {
  regexMatches = 0;
  for (const text of paragraphs) for (const _ of text.matchAll(alternation)) regexMatches++;
});

// --- fuse.js over every word n-gram, on a sample -------------------------------------------------
const sampleChars = Number(flags['fuse-sample']);
const sample: string[] = [];
let sampled = 0;
// Spread the sample over the corpus: every k-th paragraph.
const step = Math.max(1, Math.floor(totalChars / sampleChars));
for (let i = 0; i < paragraphs.length && sampled < sampleChars; i += step) {
  const text = paragraphs[i] ?? '';
  sample.push(text);
  sampled += text.length;
}
const fuse = new Fuse(phrases, { includeScore: true, threshold: 0.3, ignoreLocation: true });
const longest = Math.max(...phrases.map((p) => p.split(/\s+/).length));
let fuseMatches = 0;
const fuseStarted = performance.now();
for (const text of sample) {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      if (fuse.search(words.slice(i, i + n).join(' '), { limit: 1 }).length > 0) fuseMatches++;
    }
  }
}
const fuseSampleSeconds = (performance.now() - fuseStarted) / 1000;
const fuseSeconds = fuseSampleSeconds * (totalChars / sampled);

// --- report ----------------------------------------------------------------------------------------
const rate = (seconds: number) => totalMB / seconds;
const line = (name: string, seconds: number, matches: number | string) =>
  console.log(
    `${name.padEnd(44)} ${(seconds * 1000).toFixed(0).padStart(9)} ms  ${rate(seconds).toFixed(2).padStart(8)} MB/s  matches ${matches}`,
  );
console.log(`\nthroughput over the whole corpus (median of ${rounds} rounds):`);
line('matcher (findConcepts, per paragraph)', matcherSeconds, matcherMatches);
line('regular-expression alternation', regexSeconds, regexMatches);
line(
  `fuse.js over 1..${longest}-word n-grams (EXTRAPOLATED)`,
  fuseSeconds,
  `${fuseMatches} in the sample`,
);
console.log(
  `  fuse.js measured on a sample of ${sample.length} paragraphs, ${sampled} characters ` +
    `(${((100 * sampled) / totalChars).toFixed(1)}% of the corpus) in ${(fuseSampleSeconds * 1000).toFixed(0)} ms, scaled by characters`,
);
const summary = {
  corpusMB: round(totalMB),
  paragraphs: paragraphs.length,
  indexBuildMs: round(buildMs),
  matcherMBps: round(rate(matcherSeconds)),
  regexMBps: round(rate(regexSeconds)),
  fuseNgramMBps: round(rate(fuseSeconds), 4),
  matcherVsRegex: round(regexSeconds / matcherSeconds),
  matcherVsFuseNgrams: round(fuseSeconds / matcherSeconds, 0),
  fuseExtrapolatedFromChars: sampled,
};
console.log(
  `\nratios: matcher is ${summary.matcherVsFuseNgrams}x faster than fuse.js over n-grams; ` +
    `the regular expression takes ${summary.matcherVsRegex}x the matcher's time (>1: matcher faster)`,
);
console.log(JSON.stringify(summary));

function timeRounds(count: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    run();
    times.push((performance.now() - started) / 1000);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
