/**
 * The hashes of the scripts and styles written into the built pages (astro.config.mjs inlines
 * them), for the Content-Security-Policy: the policy allows exactly these and nothing else
 * inline. Read from the finished HTML, so whatever the build wrote is what gets allowed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

export interface InlineHashes {
  /** CSP source expressions, `'sha256-…'`, sorted, each once. */
  script: string[];
  style: string[];
}

/** A CSP source expression for an inline script or style: the SHA-256 of its exact text. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types the browser runs; a data block (JSON, JSON-LD) is not run and needs no hash. */
const runs = (type: string | undefined) => type === undefined || type === '' || type === 'module' || /^(text|application)\/javascript$/i.test(type);

/** The inline scripts and styles of some HTML documents, hashed. */
export function inlineHashes(documents: Iterable<string>): InlineHashes {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const html of documents) {
    let open: { into: Set<string>; text: string } | undefined;
    const parser = new Parser({
      onopentag(name, attributes) {
        if (name === 'style') open = { into: style, text: '' };
        else if (name === 'script' && attributes['src'] === undefined && runs(attributes['type'])) open = { into: script, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'style' || name === 'script')) open.into.add(cspHash(open.text));
        open = undefined;
      },
    });
    parser.end(html);
  }
  return { script: [...script].sort(), style: [...style].sort() };
}

/** The inline hashes of every page of a built site. */
export function inlineHashesOf(dir: string): InlineHashes {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return inlineHashes(pages.map((f) => readFileSync(join(dir, f), 'utf8')));
}
