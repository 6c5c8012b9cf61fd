/**
 * The bench's floor for "all our CPU per page load": an extension whose content script does
 * nothing, injected where ours is (the same `content_scripts` block, copied from our built
 * manifest: same matches, frames, about:blank and run_at), in its own Chromium, on the same
 * pages, traced the same way (`extension-tasks.ts`). What it costs is what any content script
 * costs; what ours costs above it is ours.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { type ExtensionTasks, traceExtensionTasks } from '../corpus/extension-tasks';
import { launchChromium } from '../e2e/harness/chromium';
import { chromeBuildDir, requireBuild } from '../e2e/harness/paths';

export interface NoopExtension {
  context: BrowserContext;
  /** Loads `url` under a trace and returns the do-nothing script's tasks (load + `noopSettleMs`). */
  traceLoad(url: string): Promise<ExtensionTasks>;
  close(): Promise<void>;
}

/** Time after the load event for late frames to inject it (our trace waits this after our scan). */
export const noopSettleMs = 500;

/** Writes the do-nothing extension into a temporary folder: manifest, empty scripts. */
async function writeNoopExtension(): Promise<string> {
  const built = JSON.parse(
    readFileSync(
      path.join(requireBuild({ dir: chromeBuildDir, command: 'npx wxt build' }), 'manifest.json'),
      'utf8',
    ),
  ) as { content_scripts: { js: string[] }[] };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'treaty-lens-noop-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Do-nothing content script (bench floor)',
    version: '1.0.0',
    // A service worker, because the harness finds the extension's id through it; named
    // background*.js so the trace leaves it out as it leaves ours out.
    background: { service_worker: 'background.js' },
    content_scripts: built.content_scripts,
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'background.js'), '');
  for (const script of new Set(built.content_scripts.flatMap((block) => block.js))) {
    await mkdir(path.dirname(path.join(dir, script)), { recursive: true });
    // The same path as ours, so the trace finds its injection the same way.
    await writeFile(path.join(dir, script), '"do nothing";\n');
  }
  return dir;
}

/** Chromium with the do-nothing extension, every request but `origin`'s blocked (as ours). */
export async function launchNoopExtension({ origin }: { origin: string }): Promise<NoopExtension> {
  const dir = await writeNoopExtension();
  const browser = await launchChromium({ extensionDir: dir });
  await browser.context.route('**/*', (route) =>
    route.request().url().startsWith(`${origin}/`)
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
  const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
  return {
    context: browser.context,
    async traceLoad(url) {
      const page = await browser.context.newPage();
      try {
        return await traceExtensionTasks({
          session: await browser.context.newCDPSession(page),
          extensionOrigin,
          run: async () => {
            await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
            await page.waitForTimeout(noopSettleMs);
          },
        });
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
