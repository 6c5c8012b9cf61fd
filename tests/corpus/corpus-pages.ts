/** Which saved pages the corpus check and the bench load: `--pages DIR` or the shared corpus. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../e2e/harness/paths';

export const defaultCorpusDir = path.resolve(projectRoot, '../shared/corpus');

/** Every .html file under `dir`, recursively, as paths relative to `dir`, sorted. */
export function listPages({ dir }: { dir: string }): string[] {
  if (!existsSync(dir)) throw new Error(`No pages at ${dir}`);
  const pages: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const child = path.join(relative, name);
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else if (name.endsWith('.html')) pages.push(child);
    }
  };
  walk('');
  return pages.sort();
}

/** Reads `--pages DIR` (and `--limit N`, `--only SUBSTRING`) from the command line. */
export function corpusArguments(argv: string[]): { dir: string; limit: number; only: string } {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    dir: path.resolve(value('--pages') ?? defaultCorpusDir),
    limit: Number(value('--limit') ?? Number.POSITIVE_INFINITY),
    only: value('--only') ?? '',
  };
}
