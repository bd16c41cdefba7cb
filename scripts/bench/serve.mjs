// The benchmark's own static server: the three pages, pkg/ and the floor,
// each response gzipped at level 9 (as a clinic's server would, with
// precompressed files) and never cached, so every run starts cold.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css',
};

/** Serves `pages` ({ '/plain.html': html, … }) and the folders in `mounts` ({ '/pkg/': dir }). */
export function serve(pages, mounts) {
  const cache = new Map();
  const body = (path) => {
    if (!cache.has(path)) {
      let raw = null;
      if (path in pages) raw = Buffer.from(pages[path]);
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (raw || !path.startsWith(prefix)) continue;
        const file = normalize(join(dir, path.slice(prefix.length)));
        if (file.startsWith(dir) && statSync(file, { throwIfNoEntry: false })?.isFile()) raw = readFileSync(file);
      }
      cache.set(path, raw && { raw, gzip: gzipSync(raw, { level: 9 }) });
    }
    return cache.get(path);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://bench').pathname;
    const found = body(path);
    if (!found) { res.writeHead(404).end(); return; }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? found.gzip : found.raw);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((done) => server.close(done)),
  })));
}
