/**
 * A plain static file server for a built site, the way a CDN serves it: files from the output
 * folder under the base path ("/ledger/"), nothing else — no Astro, no rewrites beyond
 * directory → index.html, and the site's 404.html for misses. Optional extra headers emulate a
 * CDN applying `_headers`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  /** Origin plus base path, e.g. http://127.0.0.1:43123/ledger/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(
  dir: string,
  base = '/',
  headers: (path: string) => Record<string, string> = () => ({}),
  options: { gzip?: boolean } = {},
): Promise<StaticSite> {
  // gzip: serve `<file>.gz` beside a file when the browser accepts gzip, as a CDN compresses.
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false, gzip: options.gzip ?? false });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix) && `${url}/` !== prefix) {
      res.statusCode = 404;
      res.end('not under the base path');
      return;
    }
    const path = url === prefix.slice(0, -1) ? '/' : `/${url.slice(prefix.length)}`;
    for (const [k, v] of Object.entries(headers(path))) res.setHeader(k, v);
    req.url = path;
    files(req, res, () => {
      // sirv would answer 200 for the 404 page itself; a CDN answers 404 with the page as the body.
      const notFound = join(dir, '404.html');
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
