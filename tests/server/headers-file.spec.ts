import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cacheControl, securityHeaders } from '../../src/security/headers.ts';
import { builtPolicy } from '../site-map.ts';

const contentSecurityPolicy = builtPolicy();

// dist/_headers read the way Cloudflare Pages documents it: every rule whose path matches
// applies; a header set by several rules is joined with a comma unless a later rule
// detaches it ('! Name') first.
const rules = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')))
  .filter((lines) => lines.length > 0)
  .map(([path, ...lines]) => ({ path: path!.trim(), lines: lines.map((l) => l.trim()) }));

const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/g, '[^/]+')}$`,
  ).test(path);

function headersFor(path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const line of rule.lines) {
      if (line.startsWith('!')) headers.delete(line.slice(1).trim().toLowerCase());
      else {
        const [name, ...value] = line.split(':');
        const key = name!.trim().toLowerCase();
        const v = value.join(':').trim();
        headers.set(key, headers.has(key) ? `${headers.get(key)}, ${v}` : v);
      }
    }
  }
  return headers;
}

test('the _headers file gives pages the strict policy and the security headers', () => {
  for (const path of ['/', '/en/conclusies/5/', '/data/v1/commitments.json', '/toezeggingen/feed.xml']) {
    const h = headersFor(path);
    expect(h.get('content-security-policy'), path).toBe(contentSecurityPolicy.page);
    for (const [name, value] of Object.entries(securityHeaders)) expect(h.get(name.toLowerCase()), `${path} ${name}`).toBe(value);
    expect(h.get('cache-control'), path).toBe(cacheControl.other);
  }
});

test('only the search pages may run WebAssembly, with one policy, not two joined', () => {
  for (const path of ['/zoeken/', '/uk/zoeken/', '/bg/zoeken/'])
    expect(headersFor(path).get('content-security-policy'), path).toBe(contentSecurityPolicy.search);
  expect(contentSecurityPolicy.page).not.toContain('wasm-unsafe-eval');
  expect(contentSecurityPolicy.search).not.toMatch(/'unsafe-(eval|inline)'/);
});

test('the stylesheet written into the pages is allowed by its hash, not by allowing every inline style', () => {
  for (const policy of [contentSecurityPolicy.page, contentSecurityPolicy.search]) {
    expect(policy).toMatch(/(^|; )style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
  }
});

test('scripts and the search index come without a policy, which does nothing on them', () => {
  for (const path of ['/_astro/zoeken.abc123.js', '/pagefind/pagefind.js', '/pagefind/wasm.nl.pagefind', '/pagefind/index/nl_1a2b3c.pf_index'])
    expect(headersFor(path).has('content-security-policy'), path).toBe(false);
});

test('fingerprinted files are cached for a year, once', () => {
  for (const path of ['/_astro/Base.abc123.css', '/pagefind/fragment/nl_1a2b3c.pf_fragment', '/pagefind/pagefind.nl_1a2b3c.pf_meta']) {
    expect(headersFor(path).get('cache-control'), path).toBe(cacheControl.fingerprinted);
  }
  expect(headersFor('/pagefind/pagefind.js').get('cache-control')).toBe(cacheControl.other);
});
