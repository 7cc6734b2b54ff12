// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/markdown/paragraph-anchors.ts';
import { markdownFeatures } from './src/letter/letter-text.ts';
import { locale404Pages } from './src/integrations/locale-404-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { guidePrint } from './src/integrations/guide-print.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';
import { localeLinks } from './src/markdown/locale-links.ts';
import { headingIds } from './src/markdown/heading-ids.ts';
import { readGlossaryForms } from './src/markdown/glossary-forms.ts';
import { readPermalinkLabels } from './src/i18n/permalink-labels.ts';
import { w3cValidCss } from './src/styles/w3c-valid-css.ts';

// The production origin; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://migranten-haarlemmermeer.example';

const contentDir = process.env.CONTENT_DIR ?? './content';

// Tests build fixture content (CONTENT_DIR). Each content folder gets a content cache of its
// own: a cache shared between two fixtures keeps modules of the other one and breaks the build.
const cacheDir = process.env.CONTENT_DIR
  ? `./node_modules/.astro-fixture/${createHash('sha256').update(resolve(process.env.CONTENT_DIR)).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

export default defineConfig({
  site,
  cacheDir,
  trailingSlash: 'always',
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    locale404Pages(),
    guidePrint(),
    searchIndex(),
    hostFiles(),
    sitemap({
      i18n: {
        defaultLocale: sourceLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.tag])),
      },
    }),
  ],
  // MDX inherits this processor: letter texts get their paragraph anchors here. The quote
  // checks and the open data read the letter with the same features (letter-text.ts).
  markdown: {
    processor: satteri({
      // Locale links first: the links glossaryLinks adds already carry the locale.
      hastPlugins: [localeLinks(), paragraphAnchors(readPermalinkLabels()), glossaryLinks(readGlossaryForms(contentDir)), headingIds()],
      features: markdownFeatures,
    }),
  },
  // The stylesheet and every script that imports nothing are written into the page: on a slow
  // phone connection each file the first paint waits for costs a round trip, and most readers
  // arrive on one page from a search engine (issue 17 weighed this against caching them). The
  // Content-Security-Policy allows them by their hashes (src/security/inline-hashes.ts).
  // Other assets stay files: the policy allows no data: images.
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [tailwindcss()],
    css: { postcss: { plugins: [w3cValidCss()] } },
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? undefined : false) },
  },
});
