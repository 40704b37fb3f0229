// A small static file server for a built site, on 127.0.0.1 and a free port.
// It behaves like a typical static host: `/a/b/` serves `a/b/index.html`, `/a/b`
// (a folder) redirects to `/a/b/`, anything missing is a 404 (with the site's
// `404.html` as the body when the site has one). With `{ prefix: '/site' }` the site is
// served under `/site/`, as GitHub project Pages serve `owner.github.io/repo/`, and
// anything outside it is a 404.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info;
  } catch {
    return null;
  }
}

/** Starts serving `root` (under `prefix`, if given); resolves to { origin, port, close() }. */
export async function serve(root, { prefix = '' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url, 'http://localhost');
      const inside = url.pathname.startsWith(prefix + '/') ? url.pathname.slice(prefix.length) : null;
      if (inside === null) {
        res.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end(`not found: the site is under ${prefix}/`);
        return;
      }
      let path;
      try {
        path = decodeURIComponent(inside);
      } catch {
        res.writeHead(400).end('bad path');
        return;
      }
      let file = resolve(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('outside the site');
        return;
      }
      let info = await fileAt(file);
      if (info && info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await fileAt(file);
      }
      if (!info || !info.isFile()) {
        const notFound = join(base, '404.html');
        const page = await fileAt(notFound);
        res.writeHead(404, { 'Content-Type': TYPES['.html'] });
        if (page && req.method === 'GET') createReadStream(notFound).pipe(res);
        else res.end(req.method === 'GET' ? 'not found' : undefined);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// `node lib/server.mjs DIR` serves DIR until stopped (handy for looking at a build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node lib/server.mjs SITE_DIR');
    process.exit(2);
  }
  const s = await serve(dir);
  console.log(`serving ${dir} at ${s.origin}/`);
}
