/**
 * Fills each 'whole guide' page (src/pages/[...lang]/gids/[section].astro) with the guide's
 * pages as built: the content of each page's <main>, without what belongs to a screen (its
 * translation notice, quick exit, menus of the page, scripts and 'link to this'), its headings
 * one level down under the page's title, and its ids and in-page links prefixed with the page,
 * so the ids stay unique on the one page.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { getOuterHTML, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { locales } from '../i18n/locales.ts';
import { localePath, routes } from '../i18n/routes.ts';
import { guideSections } from '../site/page-types.ts';

const placeholder = '<div data-guide-body></div>';
// What belongs to one page on a screen, and the page's marks for the search index.
const screenOnly = '[role="note"], [data-quick-exit], nav, script, .permalink, .no-print, [data-pagefind-filter], [data-pagefind-meta]';

const fileOf = (out: string, path: string) => `${out}${path.slice(1)}index.html`;

/** One guide page's content, ready to stand as a part of the whole guide. */
function partOf(html: string, prefix: string, path: string): string {
  const main = selectOne<AnyNode, Element>('main', parseDocument(html).children);
  if (!main) throw new Error(`guide-print: ${path} has no <main>`);
  for (const el of selectAll<AnyNode, Element>(screenOnly, main)) removeElement(el);
  for (const el of selectAll<AnyNode, Element>('h1, h2, h3, h4, h5', main)) el.name = `h${Number(el.name[1]) + 1}`;
  for (const el of selectAll<AnyNode, Element>('[id]', main)) el.attribs['id'] = `${prefix}-${el.attribs['id']}`;
  for (const el of selectAll<AnyNode, Element>('[href^="#"]', main)) el.attribs['href'] = `#${prefix}-${el.attribs['href']?.slice(1)}`;
  for (const el of selectAll<AnyNode, Element>('[aria-labelledby]', main)) {
    // Each page's 'where to get help' and 'sources' would be landmarks named alike, many times over.
    if (el.name === 'section') delete el.attribs['aria-labelledby'];
    else el.attribs['aria-labelledby'] = (el.attribs['aria-labelledby'] ?? '').replace(/\S+/g, (id) => `${prefix}-${id}`);
  }
  const title = selectOne<AnyNode, Element>('h2', main);
  if (title) title.attribs['id'] = `${prefix}-titel`;
  const content = main.children.map((c) => getOuterHTML(c, { encodeEntities: 'utf8' })).join('');
  return `<section id="${prefix}" class="guide-part" aria-labelledby="${prefix}-titel">${content}</section>`;
}

export function guidePrint(): AstroIntegration {
  return {
    name: 'guide-print',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const l of locales) {
          for (const section of guideSections) {
            const guidePath = localePath(l.code, routes.guide(section));
            const guide = await readFile(fileOf(out, guidePath), 'utf8');
            if (!guide.includes(placeholder)) throw new Error(`guide-print: ${guidePath} has no ${placeholder}`);
            const links = selectAll<AnyNode, Element>('[data-guide-page]', parseDocument(guide).children);
            const parts = await Promise.all(
              links.map(async (a) => {
                const path = a.attribs['data-guide-page'] ?? '';
                return partOf(await readFile(fileOf(out, path), 'utf8'), (a.attribs['href'] ?? '').slice(1), path);
              }),
            );
            await writeFile(fileOf(out, guidePath), guide.replace(placeholder, parts.join('')));
          }
        }
        logger.info(`Whole guides: ${locales.length * guideSections.length} pages`);
      },
    },
  };
}
