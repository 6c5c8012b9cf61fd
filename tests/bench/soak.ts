/**
 * `npx wxt build && npx tsx tests/bench/soak.ts [--minutes N]` (default 3; not part of `npm test`):
 * a live page that keeps adding and removing paragraphs (half of them with two concepts) while
 * the pointer moves from mark to mark, in Chromium with our extension. Every 20 s the churn is
 * paused, the marks on the page are compared with the phrases in its text, and the renderer's
 * heap is read after a forced GC. Prints each sample and the heap's growth after the first
 * minute (the target: under 10 %). Figures only: nothing fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchCorpusBrowsers } from '../corpus/corpus-browsers';
import { totalMarksOrNull } from '../e2e/harness/page-world';

const withPhrase =
  'Negotiators said NATO security guarantees and a small tripwire force were discussed.';
const filler =
  'Officials met again this week to discuss the timetable and the budget of the mission. ';

/** 200 paragraphs; every 100 ms the oldest goes and a new one comes (every other one with phrases). */
function soakPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Soak</title></head>
<body><main id="feed"></main><script>
  const feed = document.getElementById('feed');
  let made = 0;
  window.paused = false;
  function add() {
    const p = document.createElement('p');
    p.textContent = (made % 2 === 0 ? ${JSON.stringify(withPhrase)} + ' ' : '') + ${JSON.stringify(filler)} + 'Update ' + made + '.';
    made++;
    feed.append(p);
  }
  for (let i = 0; i < 200; i++) add();
  // Two marks per paragraph that has the sentence.
  window.phrasesNow = () => [...feed.children].filter((p) => p.textContent.startsWith('Negotiators')).length * 2;
  setInterval(() => {
    if (window.paused) return;
    feed.firstElementChild?.remove();
    add();
  }, 100);
</script></body></html>`;
}

/** The middle of the first mark of ours in view, or null (run in the page). */
function firstMarkPoint(): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('treaty-lens-')) continue;
    for (const range of highlight) {
      const rect = (range as Range).getBoundingClientRect();
      if (rect.width > 0 && rect.top >= 0 && rect.bottom <= innerHeight)
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

async function main() {
  const argv = process.argv.slice(2);
  const index = argv.indexOf('--minutes');
  const minutes = index >= 0 ? Math.max(1, Number(argv[index + 1]) || 3) : 3;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'treaty-lens-soak-'));
  await writeFile(path.join(dir, 'soak.html'), soakPage());
  const browsers = await launchCorpusBrowsers({ pagesDir: dir });
  const page = await browsers.withExtension.newPage();
  const session = await browsers.withExtension.newCDPSession(page);
  await session.send('HeapProfiler.enable');
  const heapMb = async () => {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    return { js: usage.usedSize / 1e6, dom: (usage.embedderHeapUsedSize ?? 0) / 1e6 };
  };
  const samples: { seconds: number; js: number; dom: number; marks: number; phrases: number }[] =
    [];
  try {
    await page.goto(browsers.server.urlOf('soak.html'), { waitUntil: 'load' });
    const started = Date.now();
    let nextSample = started;
    let hovers = 0;
    console.log(`Soak: ${minutes} min; sample every 20 s (churn paused 1 s, then GC).`);
    console.log('   s   js MB  dom MB   marks  phrases  hovers');
    while (Date.now() - started < minutes * 60_000) {
      const point = await page.evaluate(firstMarkPoint);
      if (point) {
        await page.mouse.move(point.x, point.y, { steps: 3 });
        hovers++;
      }
      await page.waitForTimeout(400);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(200);
      if (Date.now() >= nextSample) {
        await page.evaluate(() => {
          (window as unknown as { paused: boolean }).paused = true;
        });
        await page.waitForTimeout(1000);
        const marks = (await page.evaluate(totalMarksOrNull)) ?? 0;
        const phrases = await page.evaluate(() =>
          (window as unknown as { phrasesNow(): number }).phrasesNow(),
        );
        const heap = await heapMb();
        const seconds = Math.round((Date.now() - started) / 1000);
        samples.push({ seconds, ...heap, marks, phrases });
        console.log(
          `${String(seconds).padStart(4)}${heap.js.toFixed(2).padStart(8)}${heap.dom.toFixed(2).padStart(8)}${String(marks).padStart(8)}${String(phrases).padStart(9)}${String(hovers).padStart(8)}`,
        );
        await page.evaluate(() => {
          (window as unknown as { paused: boolean }).paused = false;
        });
        nextSample += 20_000;
      }
    }
  } finally {
    await session.detach().catch(() => undefined);
    await browsers.close();
    await rm(dir, { recursive: true, force: true });
  }
  const afterMinute = samples.find((sample) => sample.seconds >= 60);
  const last = samples.at(-1);
  if (afterMinute && last && last !== afterMinute) {
    const growth = (field: 'js' | 'dom') =>
      ((100 * (last[field] - afterMinute[field])) / afterMinute[field]).toFixed(1);
    console.log(
      `Heap from ${afterMinute.seconds} s to ${last.seconds} s: js ${growth('js')} %, dom ${growth('dom')} %; marks equal to the phrases in the text at ${samples.filter((sample) => sample.marks === sample.phrases).length} of ${samples.length} samples.`,
    );
  }
}

await main();
