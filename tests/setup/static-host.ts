/**
 * Serves dist/ the way a plain static host does, for the browser tests: folders answer
 * with their index.html, a folder without its trailing slash is redirected, and a missing
 * path gets the 404 page of its locale (`/en/404.html`), else `/404.html`, with status 404.
 * (`astro preview` refuses to start beside a developer's running preview, and does not
 * serve locale error pages.)
 *
 * Usage: node tests/setup/static-host.ts [port] [folder, default dist/]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocaleCode } from '../../src/i18n/locales.ts';

const port = Number(process.argv[2] ?? 4322);
const root = process.argv[3] ? resolve(process.argv[3]) + sep : fileURLToPath(new URL('../../dist/', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);
const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) return void res.writeHead(400).end();
  if (!url.pathname.endsWith('/') && (await isDir(path))) {
    return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
  }
  const file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
  if (await isFile(file)) {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    return void res.end(await readFile(file));
  }
  const first = url.pathname.split('/')[1];
  const localized = isLocaleCode(first) ? join(root, first, '404.html') : '';
  const notFound = localized && (await isFile(localized)) ? localized : join(root, '404.html');
  res.writeHead(404, { 'content-type': types['.html'] ?? '' });
  res.end(await readFile(notFound));
}).listen(port, 'localhost', () => console.log(`dist/ served on http://localhost:${port}`));
