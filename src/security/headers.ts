/**
 * The HTTP headers the site is served with: the one source of the `_headers` file (Cloudflare
 * Pages syntax) and of the two files nginx.conf includes (`_nginx/maps.conf`,
 * `_nginx/headers.conf`), all written into the build by src/integrations/host-files.ts.
 *
 * Scripts and styles are files from this origin or written into the page (astro.config.mjs);
 * the policy allows the latter by their hashes, read from the build (inline-hashes.ts): no
 * nonce and no 'unsafe-inline'. Only the search page may compile WebAssembly (Pagefind).
 */

import { locales, sourceLocale } from '../i18n/locales.ts';
import type { InlineHashes } from './inline-hashes.ts';

/** Content-Security-Policy directives after `script-src` and `style-src`. */
const policy = ["img-src 'self'", "connect-src 'self'", "manifest-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"];

/** The policy of content pages and of the search page, allowing the build's inline scripts and styles. */
export function contentSecurityPolicy(hashes: InlineHashes): { page: string; search: string } {
  const rest = ["default-src 'none'", ["style-src 'self'", ...hashes.style].join(' '), ...policy];
  const scripts = (...extra: string[]) => ["script-src 'self'", ...extra, ...hashes.script].join(' ');
  return {
    page: [scripts(), ...rest].join('; '),
    /** Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (never 'unsafe-eval'). */
    search: [scripts("'wasm-unsafe-eval'"), ...rest].join('; '),
  };
}

/** Sent with every response. */
export const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // A year of HTTPS only. Without includeSubDomains or preload: they would bind subdomains of
  // the deployer's that this site knows nothing of. Browsers ignore it over http (RFC 6797 §8.1).
  'Strict-Transport-Security': 'max-age=31536000',
};

export const cacheControl = {
  /** Files whose name changes when their content does: Astro's bundles, Pagefind's chunks. */
  fingerprinted: 'public, max-age=31536000, immutable',
  /** Pages and every other file: stored, but checked with the server before each use. */
  other: 'no-cache',
};

/** Paths of fingerprinted files, as `_headers` patterns (one splat each). */
export const fingerprintedPaths = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'];

/**
 * Scripts and Pagefind's files: not documents, so a policy on them does nothing (Pagefind's worker
 * is not used). Sent without it: the search fetches a dozen of them, and the policy with its
 * hashes is about 0.4 KB of each response.
 */
export const withoutPolicyPaths = ['/_astro/*', '/pagefind/*'];

/** The search page in every locale. */
export const searchPaths = ['/zoeken/', '/:lang/zoeken/'];

const written = 'Written by the build (src/integrations/host-files.ts) from src/security/headers.ts: edit that, not this.';

/** The `_headers` file: site-wide rules, then the exceptions, each detaching what it replaces. */
export function headersFile(hashes: InlineHashes): string {
  const csp = contentSecurityPolicy(hashes);
  const block = (path: string, lines: string[]) => [path, ...lines.map((l) => `  ${l}`)].join('\n');
  return `${[
    `# ${written}`,
    block('/*', [
      `Content-Security-Policy: ${csp.page}`,
      ...Object.entries(securityHeaders).map(([name, value]) => `${name}: ${value}`),
      `Cache-Control: ${cacheControl.other}`,
    ]),
    ...searchPaths.map((p) => block(p, ['! Content-Security-Policy', `Content-Security-Policy: ${csp.search}`])),
    ...withoutPolicyPaths.map((p) => block(p, ['! Content-Security-Policy'])),
    ...fingerprintedPaths.map((p) => block(p, ['! Cache-Control', `Cache-Control: ${cacheControl.fingerprinted}`])),
  ].join('\n\n')}\n`;
}

/** A `_headers` path pattern as an nginx location regex: `*` is anything, `:lang` a locale. */
const nginxPattern = (pattern: string) =>
  `~^${pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(
      /\/:lang\//,
      `/(${locales
        .filter((l) => l.code !== sourceLocale)
        .map((l) => l.code)
        .join('|')})/`,
    )}`;

/**
 * nginx.conf's http-level include: the policy, the caching and the error page of each address,
 * as maps the server block's `add_header` and `error_page` read (nginx sends no header whose
 * value is empty).
 */
export function nginxMaps(hashes: InlineHashes): string {
  const csp = contentSecurityPolicy(hashes);
  const others = locales.filter((l) => l.code !== sourceLocale).map((l) => l.code);
  const quoted = (value: string) => `"${value}"`;
  return `# ${written}
map $uri $content_security_policy {
${searchPaths.map((p) => `    ${nginxPattern(p)}(index\\.html)?$ ${quoted(csp.search)};`).join('\n')}
${withoutPolicyPaths.map((p) => `    ${nginxPattern(p)}$ "";`).join('\n')}
    default ${quoted(csp.page)};
}
map $uri $cache_control {
${fingerprintedPaths.map((p) => `    ${nginxPattern(p)}$ ${quoted(cacheControl.fingerprinted)};`).join('\n')}
    default ${quoted(cacheControl.other)};
}
# Each locale has its own 'page not found'.
map $uri $not_found_page {
    ~^/(${others.join('|')})/ /$1/404.html;
    default /404.html;
}
`;
}

/** nginx.conf's server-level include: every header, on error pages too ('always'). */
export function nginxHeaders(): string {
  const headers = { 'Content-Security-Policy': '$content_security_policy', ...securityHeaders, 'Cache-Control': '$cache_control' };
  return `# ${written}\n${Object.entries(headers)
    .map(([name, value]) => `add_header ${name} ${value.startsWith('$') ? value : `"${value}"`} always;`)
    .join('\n')}\n`;
}
