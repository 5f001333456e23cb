import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A minimal static file server for the built site (used by `npm start` and browser tests).
 * Serves `dir` under `base`, maps directories to index.html, never leaves `dir`, never redirects
 * off the host, and answers a malformed path with 400. Like a static
 * host or CDN it compresses text and lets hashed assets be cached for good.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export function serve(dir: string, port: number, base = '/'): Promise<Server> {
  const root = resolve(dir);
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    // Never guess a type from the bytes; every answer says what it is.
    res.setHeader('x-content-type-options', 'nosniff');
    const raw = new URL(req.url ?? '/', 'http://x').pathname;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    if (!path.startsWith(prefix) || path.includes('\0')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    // Inside the folder itself, not a sibling whose name starts the same (`dist-old`).
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) {
        if (!path.endsWith('/')) {
          // The path as it came, still encoded, on this host: one leading slash, so `//host` cannot
          // turn the redirect into a link to another site.
          res.writeHead(301, { location: `/${raw.replace(/^\/+/, '')}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      statSync(file);
    } catch {
      // The site's own "not found" page, as a static host serves it.
      const page = join(root, '404.html');
      if (existsSync(page)) res.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(page));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    // Content-hashed build assets never change; everything else is revalidated.
    headers['cache-control'] = path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
    if (/text|json|javascript|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length), vary: 'accept-encoding' }).end(body);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (import.meta.main) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const base = process.env.BASE_PATH ?? '/';
  await serve(dir, Number(port), base);
  console.log(`Serving ${dir} at http://localhost:${port}${base.replace(/\/?$/, '/')}`);
}
