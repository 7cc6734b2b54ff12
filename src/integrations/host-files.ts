/**
 * Writes what hosts read beside the pages, from src/security/: `_headers` (Cloudflare Pages),
 * `_nginx/maps.conf` and `_nginx/headers.conf` (which nginx.conf includes, so the policy and
 * the locale list are never copied into it), and `/.well-known/security.txt` when
 * SECURITY_CONTACT names a contact.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDate } from '../site/build-date.ts';
import { checklistNginxMap } from '../site/checklist.ts';
import { headersFile, nginxHeaders, nginxMaps } from '../security/headers.ts';
import { inlineHashesOf } from '../security/inline-hashes.ts';
import { securityTxt, securityTxtPath } from '../security/security-txt.ts';

export function hostFiles(): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Last of the integrations that write pages (astro.config.mjs), so every page is read.
        const hashes = inlineHashesOf(out);
        const files: Record<string, string> = {
          _headers: headersFile(hashes),
          '_nginx/maps.conf': nginxMaps(hashes) + checklistNginxMap(),
          '_nginx/headers.conf': nginxHeaders(),
        };
        const contact = process.env['SECURITY_CONTACT'];
        if (contact) files[securityTxtPath.slice(1)] = securityTxt(contact, process.env['SITE_URL'], buildDate);
        for (const [path, text] of Object.entries(files)) {
          await mkdir(dirname(join(out, path)), { recursive: true });
          await writeFile(join(out, path), text);
        }
        logger.info(`Host files: ${Object.keys(files).join(', ')}`);
      },
    },
  };
}
