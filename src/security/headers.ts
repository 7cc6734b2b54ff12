/**
 * The HTTP headers the site is served with: one source for the `_headers` file written
 * into the build (Cloudflare Pages syntax) and for the checks of `nginx.conf`, which must
 * send the same (tests/server/ serves the site through nginx and compares).
 *
 * Every script and style is a file from this origin, so the policy needs no hash, no
 * nonce and no 'unsafe-inline'. Only the search page may compile WebAssembly (Pagefind).
 */

/** Content-Security-Policy directives, without `script-src`, which differs by page. */
const policy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
];

export const contentSecurityPolicy = {
  page: ["script-src 'self'", ...policy].join('; '),
  /** Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (never 'unsafe-eval'). */
  search: ["script-src 'self' 'wasm-unsafe-eval'", ...policy].join('; '),
};

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

/** The search page in every locale. */
export const searchPaths = ['/zoeken/', '/:lang/zoeken/'];

/** The `_headers` file: site-wide rules, then the exceptions, each detaching what it replaces. */
export function headersFile(): string {
  const block = (path: string, lines: string[]) => [path, ...lines.map((l) => `  ${l}`)].join('\n');
  return `${[
    '# Written by src/security/write-headers.ts from src/security/headers.ts: edit that, not this.',
    block('/*', [
      `Content-Security-Policy: ${contentSecurityPolicy.page}`,
      ...Object.entries(securityHeaders).map(([name, value]) => `${name}: ${value}`),
      `Cache-Control: ${cacheControl.other}`,
    ]),
    ...searchPaths.map((p) => block(p, ['! Content-Security-Policy', `Content-Security-Policy: ${contentSecurityPolicy.search}`])),
    ...fingerprintedPaths.map((p) => block(p, ['! Cache-Control', `Cache-Control: ${cacheControl.fingerprinted}`])),
  ].join('\n\n')}\n`;
}
