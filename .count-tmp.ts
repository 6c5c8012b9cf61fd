import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBaseFromDisk } from './knowledge/load-from-disk';
import Fuse from 'fuse.js/basic';
import { createMatcher } from './utils/matcher/index';
function htmlFiles(dir: string): string[] { return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : []; }); }
const paras = htmlFiles('/work/shared/corpus').flatMap((f) => readFileSync(f, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<\/?(p|div|li|h[1-6]|br)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, ' ').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
let n = 0; const orig = Fuse.prototype.search; (Fuse.prototype as any).search = function (...a: any[]) { n++; return orig.apply(this, a as any); };
const m = createMatcher({ entries: loadKnowledgeBaseFromDisk('./knowledge').entries });
const found: string[] = [];
for (const p of paras) for (const x of m.findConcepts({ text: p })) found.push(`${x.entryId} ${x.score} [${p.slice(x.start, x.end)}] ${p.slice(Math.max(0, x.start - 80), x.end + 80)}`);
console.log('fuse searches', n); console.log(found.join('\n'));
