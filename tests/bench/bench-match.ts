/**
 * `npm run bench:match [-- --corpus DIR] [--fuse-sample CHARS] [--rounds N]`: the matcher's
 * throughput on the text of real saved pages (../shared/corpus, tags stripped, one paragraph
 * per block), side by side in one run with a plain regular-expression alternation of the same
 * phrases and with fuse.js over word n-grams (the naive approach). fuse.js is far too slow for
 * the whole corpus: it runs on a sample spread over the corpus and its time is extrapolated by
 * characters, which the output says. Also measures how long building the index takes.
 *
 * Times are CPU time of this process (process.cpuUsage), best of N rounds: on a shared machine
 * wall time mostly measures the neighbours. Wall time is printed beside it. The last line is
 * one JSON object with the figures.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { loadKnowledgeBaseFromDisk } from '../../knowledge/load-from-disk';
import { createMatcher } from '../../utils/matcher/index';
import { listPages } from '../corpus/corpus-pages';
import { paragraphsOfHtml } from '../corpus/html-paragraphs';
import { median } from '../tools/median';

const { values: flags } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../../shared/corpus') },
    'fuse-sample': { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '3' },
    // Matcher and floor only: the regular expression and fuse.js take a minute between them.
    quick: { type: 'boolean', default: false },
  },
});

const entries = loadKnowledgeBaseFromDisk().entries;
const phrases = entries.flatMap((entry) => Object.values(entry.phrases).flat());

// --- the text: every page's visible text, one paragraph per block ----------------------------
const files = listPages({ dir: flags.corpus }).map((page) => join(flags.corpus, page));
const paragraphs = files.flatMap((file) => paragraphsOfHtml(readFileSync(file, 'utf8')));
const totalChars = paragraphs.reduce((sum, p) => sum + p.length, 0);
const totalMB = Buffer.byteLength(paragraphs.join('\n'), 'utf8') / 1e6;
console.log(
  `corpus: ${files.length} pages, ${paragraphs.length} paragraphs, ${totalMB.toFixed(2)} MB of text (UTF-8)`,
);
console.log(`knowledge base: ${entries.length} entries, ${phrases.length} phrases`);

// --- index construction ------------------------------------------------------------------------
const buildTimes: number[] = [];
for (let i = 0; i < 15; i++) {
  const started = process.cpuUsage();
  createMatcher({ entries });
  buildTimes.push(cpuSeconds(process.cpuUsage(started)) * 1000);
}
const buildMs = median(buildTimes);
console.log(
  `index build (CPU time): ${buildTimes[0]?.toFixed(1)} ms the first time (cold: JIT, caches), then median ${buildMs.toFixed(1)} ms`,
);

// --- the matcher ---------------------------------------------------------------------------------
const matcher = createMatcher({ entries });
const rounds = Number(flags.rounds);
let matcherMatches = 0;
const matcherTime = timeRounds(rounds, () => {
  matcherMatches = 0;
  for (const text of paragraphs) matcherMatches += matcher.findConcepts({ text }).length;
});

// --- the floor: lower-case every paragraph and split it into words, nothing else ------------------
// Any matcher reads every character and every word; this says what that alone costs here.
const wordPattern = /[\p{L}\p{N}]+/gu;
let floorWords = 0;
const floorTime = timeRounds(rounds, () => {
  floorWords = 0;
  for (const text of paragraphs)
    for (const _ of text.toLowerCase().matchAll(wordPattern)) floorWords++;
});

// --- plain regular-expression alternation of the same phrases ------------------------------------
// Literal phrases only ("…" read as "any few words" would make it a different algorithm),
// longest first, case-insensitive, bounded by non-letters.
const literal = flags.quick
  ? []
  : phrases.filter((p) => !p.includes('…')).sort((a, b) => b.length - a.length);
const alternation = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${literal.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
let regexMatches = 0;
const regexTime = timeRounds(flags.quick ? 0 : rounds, () => {
  regexMatches = 0;
  for (const text of paragraphs) for (const _ of text.matchAll(alternation)) regexMatches++;
});

// --- fuse.js over every word n-gram, on a sample -------------------------------------------------
// n-grams of one to four words (most phrases are two or three words), each searched in a Fuse
// index of every phrase: the "fuse.js over every word n-gram".
const sampleChars = flags.quick ? 0 : Number(flags['fuse-sample']);
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
const longest = 4;
let fuseMatches = 0;
const fuseStarted = process.cpuUsage();
for (const text of sample) {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      if (fuse.search(words.slice(i, i + n).join(' '), { limit: 1 }).length > 0) fuseMatches++;
    }
  }
}
const fuseSampleSeconds = cpuSeconds(process.cpuUsage(fuseStarted));
const fuseSeconds = fuseSampleSeconds * (totalChars / sampled);

// --- report ----------------------------------------------------------------------------------------
const rate = (seconds: number) => totalMB / seconds;
const line = (name: string, time: { cpu: number; wall: number }, matches: number | string) =>
  console.log(
    `${name.padEnd(46)} ${(time.cpu * 1000).toFixed(0).padStart(10)} ms  ${rate(time.cpu).toFixed(2).padStart(7)} MB/s` +
      `  (wall ${(time.wall * 1000).toFixed(0)} ms)  matches ${matches}`,
  );
console.log(
  `\nthroughput over the whole corpus (CPU time, best of ${rounds} rounds; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}):`,
);
line('floor: lower-case and split into words', floorTime, `(${floorWords} words)`);
line('matcher (findConcepts, per paragraph)', matcherTime, matcherMatches);
line('regular-expression alternation', regexTime, regexMatches);
line(
  `fuse.js over 1..${longest}-word n-grams (EXTRAPOLATED)`,
  { cpu: fuseSeconds, wall: Number.NaN },
  `${fuseMatches} in the sample`,
);
console.log(
  `  fuse.js measured on a sample of ${sample.length} paragraphs, ${sampled} characters ` +
    `(${((100 * sampled) / totalChars).toFixed(2)}% of the corpus) in ${(fuseSampleSeconds * 1000).toFixed(0)} ms CPU, scaled by characters`,
);
const summary = {
  corpusMB: round(totalMB),
  paragraphs: paragraphs.length,
  indexBuildFirstMs: round(buildTimes[0] ?? 0),
  indexBuildMs: round(buildMs),
  floorMBps: round(rate(floorTime.cpu)),
  matcherMBps: round(rate(matcherTime.cpu)),
  regexMBps: round(rate(regexTime.cpu)),
  fuseNgramMBps: round(rate(fuseSeconds), 5),
  matcherOverFloor: round(rate(matcherTime.cpu) / rate(floorTime.cpu)),
  regexTimeOverMatcher: round(regexTime.cpu / matcherTime.cpu),
  fuseNgramTimeOverMatcher: round(fuseSeconds / matcherTime.cpu, 0),
  fuseExtrapolatedFromChars: sampled,
  loadAverage: round(loadavg()[0] ?? 0, 1),
};
console.log(
  `\nthe matcher runs at ${summary.matcherOverFloor} of the floor's throughput (same run; the target is 0.5 or more)`,
);
console.log(
  `\nratios: fuse.js over n-grams takes ${summary.fuseNgramTimeOverMatcher}x the matcher's time; ` +
    `the regular expression takes ${summary.regexTimeOverMatcher}x`,
);
console.log(JSON.stringify(summary));

/** The round with the least CPU time among `count`: its CPU and wall times, in seconds. */
function timeRounds(count: number, run: () => void): { cpu: number; wall: number } {
  let best = { cpu: Number.POSITIVE_INFINITY, wall: 0 };
  for (let i = 0; i < count; i++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    run();
    const seconds = cpuSeconds(process.cpuUsage(cpu));
    if (seconds < best.cpu) best = { cpu: seconds, wall: (performance.now() - wall) / 1000 };
  }
  return best;
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
