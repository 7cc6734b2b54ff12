/**
 * The pages of the built site in dist/, as the sitemap lists them and as the folder holds them:
 * what every suite (static, browser, search) walks. Read from the build output, never from the
 * code that renders it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attr, parseDocument, selectAll, selectOne, textContent } from './html.ts';
import { locales, sourceLocale } from '../src/i18n/locales.ts';
import { contentSecurityPolicy } from '../src/security/headers.ts';
import { inlineHashesOf } from '../src/security/inline-hashes.ts';

export const dist = new URL('../dist/', import.meta.url);

/** The Content-Security-Policy of the build in dist/: its pages' inline scripts and styles allowed by hash. */
export const builtPolicy = () => contentSecurityPolicy(inlineHashesOf(fileURLToPath(dist)));

const urls = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) => selectAll('url', parseDocument(readFileSync(new URL(f, dist), 'utf8'), { xmlMode: true })));

/** The sitemap's entries: each page's address and its alternates (hreflang → href). */
export const sitemap = urls.map((url) => ({
  loc: textContent(selectOne('loc', url) ?? []).trim(),
  alternates: new Map(selectAll('[hreflang]', url).map((l) => [attr(l, 'hreflang') ?? '', attr(l, 'href') ?? ''])),
}));

/** Every page path the sitemap lists, e.g. '/en/conclusies/1/'. */
export const sitemapPaths = sitemap.map((u) => new URL(u.loc).pathname).sort();

/** Every page path in dist/ (folders with an index.html), error pages left out. */
export const builtPagePaths = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

/** The error page of each locale, as static hosts serve it. */
export const notFoundPaths = locales.map((l) => (l.code === sourceLocale ? '/404.html' : `/${l.code}/404.html`));
