/**
 * Static hosts look for `404.html` in the folder of the missing path (`/en/404.html` for
 * `/en/…`), but Astro writes `src/pages/[lang]/404.astro` to `/en/404/index.html`. This
 * moves each locale's error page to where hosts and the nginx configuration expect it.
 */
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales, sourceLocale } from '../i18n/locales.ts';

export function locale404Pages(): AstroIntegration {
  return {
    name: 'locale-404-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const l of locales.filter((x) => x.code !== sourceLocale)) {
          await rename(`${out}/${l.code}/404/index.html`, `${out}/${l.code}/404.html`);
          await rmdir(`${out}/${l.code}/404`);
        }
      },
    },
  };
}
