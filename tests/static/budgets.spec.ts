import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { checking, dist, pages as builtPages, type BuiltPage } from './built-pages.ts';

// What a reader on a cheap phone downloads, compressed as any static host or CDN sends it
// (gzip): counted per page from the built files, with the figures printed.
const gz = (text: string | Buffer) => gzipSync(text).length;
const file = (path: string) => readFileSync(new URL(path.replace(/^\//, ''), dist));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A script and every module it imports, once each. */
function scriptWithImports(path: string, seen = new Set<string>()): string[] {
  if (seen.has(path)) return [];
  seen.add(path);
  const code = file(path).toString('utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g)].map((m) => new URL(m[1] ?? '', `http://x${path}`).pathname);
  return [path, ...imports.flatMap((i) => scriptWithImports(i, seen))];
}

function weigh(page: BuiltPage) {
  const scripts = [...new Set(page.scripts.flatMap((s) => scriptWithImports(s)))];
  return {
    path: page.path,
    html: gz(page.html),
    css: page.stylesheets.reduce((sum, s) => sum + gz(file(s)), 0),
    js: scripts.reduce((sum, s) => sum + gz(file(s)), 0),
    route: page.route,
  };
}

const pages = checking('size budgets', builtPages).map(weigh);
const isSearch = (route: string) => route === 'zoeken/';
// The finder's filter script also filters the commitments tracker.
const isFinder = (route: string) => route === 'activiteiten/' || route === 'toezeggingen/';

test('a conclusion page is at most 20 KB of compressed HTML and CSS together', () => {
  const conclusions = pages.filter((p) => /^conclusies\/\d\/$/.test(p.route));
  expect(conclusions).toHaveLength(8 * localeCodes.length);
  const largest = [...conclusions].sort((a, b) => b.html + b.css - (a.html + a.css)).slice(0, 5);
  const heaviest = [...pages].sort((a, b) => b.html + b.css + b.js - (a.html + a.css + a.js)).slice(0, 5);
  console.log(`Largest pages (gzip):\n${heaviest.map((p) => `  ${p.path}: HTML ${kb(p.html)}, CSS ${kb(p.css)}, JS ${kb(p.js)}`).join('\n')}`);
  console.log(
    `Largest conclusion pages (HTML + CSS, gzip):\n${largest.map((p) => `  ${p.path}: ${kb(p.html)} + ${kb(p.css)} = ${kb(p.html + p.css)}`).join('\n')}`,
  );
  for (const p of conclusions) expect(p.html + p.css, p.path).toBeLessThanOrEqual(20 * 1024);
});

test('pages other than search and the finder run at most 2 KB of compressed JavaScript, the finder and the tracker 2.5 KB', () => {
  const others = pages.filter((p) => !isSearch(p.route) && !isFinder(p.route));
  const most = others.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`JavaScript on content pages, most: ${most.path} ${kb(most.js)}`);
  for (const p of others) expect(p.js, p.path).toBeLessThanOrEqual(2 * 1024);
  const finders = pages.filter((p) => isFinder(p.route));
  expect(finders).toHaveLength(2 * localeCodes.length);
  console.log(`JavaScript on the finder and the tracker, most: ${kb(Math.max(...finders.map((p) => p.js)))}`);
  for (const p of finders) expect(p.js, p.path).toBeLessThanOrEqual(2.5 * 1024);
});

test("the search page's own JavaScript, Pagefind's loader included and its index left out, is at most 30 KB compressed", () => {
  const search = pages.filter((p) => isSearch(p.route));
  expect(search).toHaveLength(localeCodes.length);
  // Pagefind's loader is fetched by the page's script; its index chunks depend on the query.
  const pagefind = gz(file('/pagefind/pagefind.js'));
  for (const p of search) {
    console.log(`Search page ${p.path}: own ${kb(p.js)} + Pagefind loader ${kb(pagefind)} = ${kb(p.js + pagefind)}`);
    expect(p.js + pagefind, p.path).toBeLessThanOrEqual(30 * 1024);
  }
});

test('no web fonts: no font file in the build and no @font-face in its styles', () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(new URL(f, dist), 'utf8'));
  expect(css.length).toBeGreaterThan(0);
  for (const c of css) expect(c).not.toContain('@font-face');
});
