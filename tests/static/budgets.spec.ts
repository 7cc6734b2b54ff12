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
    // `html` is the first response, style and scripts written into it included; `js` counts the
    // scripts again, with the files, for their own budget.
    js: scripts.reduce((sum, s) => sum + gz(file(s)), 0) + page.inlineScripts.reduce((sum, s) => sum + gz(s), 0),
    route: page.route,
    locale: page.locale,
  };
}

const pages = checking('size budgets', builtPages).map(weigh);
const isSearch = (route: string) => route === 'zoeken/';
// The finder's filter script also filters the commitments tracker.
const isFinder = (route: string) => route === 'activiteiten/' || route === 'toezeggingen/';

// The pages readers land on from a search engine: home, conclusions, guidance, help, the
// checklist and its results, the finder and its activities.
const isLanding = (route: string) =>
  route === '' || /^(conclusies\/\d|werken\/[^/]+|oekraine\/[^/]+|hulp|wat-geldt-voor-mij(\/[^/]+)?|activiteiten(\/[^/]+)?)\/$/.test(route);

test('no page links a stylesheet and only the search page loads a script file: what paints the page comes in its first response', () => {
  const all = checking('first responses', builtPages);
  expect(all.filter((p) => p.stylesheets.length > 0).map((p) => p.path)).toEqual([]);
  expect(all.filter((p) => p.scripts.length > 0 && !isSearch(p.route)).map((p) => p.path)).toEqual([]);
  expect(all.filter((p) => p.inlineStyles.length !== 1).map((p) => p.path)).toEqual([]);
});

test('a page readers land on is at most 15 KB compressed, its style and script included', () => {
  // Lighthouse's slow 4G paints such a page in about 0.7–0.8 s (npm run bench:lighthouse); one
  // more round trip of a new connection (its first 14.6 KB, headers included) costs 0.15 s.
  const landing = pages.filter((p) => isLanding(p.route));
  for (const locale of localeCodes)
    for (const route of ['', 'conclusies/5/', 'werken/inschrijven/', 'oekraine/zorg/', 'hulp/', 'wat-geldt-voor-mij/', 'activiteiten/'])
      expect(
        landing.some((p) => p.locale === locale && p.route === route),
        `${locale} ${route}`,
      ).toBe(true);
  const heaviest = [...pages].sort((a, b) => b.html - a.html).slice(0, 5);
  console.log(`Largest pages (gzip, style and script written in included):\n${heaviest.map((p) => `  ${p.path}: ${kb(p.html)}`).join('\n')}`);
  const largest = [...landing].sort((a, b) => b.html - a.html).slice(0, 5);
  console.log(`Largest pages readers land on:\n${largest.map((p) => `  ${p.path}: ${kb(p.html)}`).join('\n')}`);
  for (const p of landing) expect(p.html, p.path).toBeLessThanOrEqual(15 * 1024);
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
  const css = [...files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(new URL(f, dist), 'utf8')), ...builtPages.flatMap((p) => p.inlineStyles)];
  expect(css.length).toBeGreaterThan(0);
  for (const c of css) expect(c).not.toContain('@font-face');
});
