/** Indexes every build for search (Pagefind, src/search/index-site.ts) once Astro has written it. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../search/index-site.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`Search index: ${await indexSite(fileURLToPath(dir))}`);
      },
    },
  };
}
