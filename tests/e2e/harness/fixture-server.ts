/**
 * A static file server for `tests/fixtures`, bound to 127.0.0.1 on a free port, for the browser
 * tests and `npm start`. Only loopback: nothing outside this machine can reach the fixtures.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fixturesDir } from './paths';

export interface FixtureServer {
  /** Origin with no trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The absolute URL of a fixture file, e.g. `urlOf('sample-article.html')`. */
  urlOf(fixture: string): string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths under this prefix answer a blank page: the Firefox test-mode build watches for them. */
export const testModeRequestPath = '/__treaty-lens-e2e__/';

export async function startFixtureServer({
  root = fixturesDir,
  host = '127.0.0.1',
}: {
  root?: string;
  /** A loopback address; another one (127.0.0.2) is a site off the content script's list. */
  host?: string;
} = {}): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname.startsWith(testModeRequestPath)) {
      response.writeHead(200, { 'content-type': contentTypes['.html'] });
      response.end('<!doctype html><title>Treaty Lens test-mode request</title>');
      return;
    }
    const file = path.resolve(root, `.${pathname === '/' ? '/sample-article.html' : pathname}`);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': contentTypes['.txt'] }).end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    urlOf: (fixture) => `${origin}/${fixture}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
