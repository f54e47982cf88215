/**
 * A static file server for the offline specs: serves a copy of the production build, counts the
 * requests it answers (so a test can prove the reader asked the network for nothing), and lets a
 * test change a file to stand in for a new release.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Rewrites a served file (a new release). */
  edit: (file: string, change: (text: string) => string) => void;
  close: () => Promise<void>;
}

/** Serves a private copy of `dir` (the build under test is never touched). */
export async function serveCopyOf(dir: string): Promise<StaticServer> {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-build-'));
  cpSync(dir, root, { recursive: true });
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // As a static host would: revalidate every time, so only the service worker keeps copies.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // localhost, not 127.0.0.1: the same secure-context origin the other specs use.
    url: `http://localhost:${port}/`,
    requests,
    edit: (name, change) => {
      const file = join(root, name);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
