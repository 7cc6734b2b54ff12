/**
 * Every built page of dist/, parsed once with htmlparser2 into what the static rules check:
 * its language and direction, links with their accessible names, ids, headings, alternates and
 * guidance blocks. The rules in tests/static/ read this index; none matches HTML with patterns.
 * Vitest runs the static project in one process without isolation, so the parse happens once.
 */
import { readFileSync } from 'node:fs';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { splitPath } from '../../src/i18n/routes.ts';
import type { LocaleCode } from '../../src/i18n/locales.ts';
import { attr, normalized, parseDocument, selectAll, selectOne, textContent } from '../html.ts';
import { dist, notFoundPaths, sitemapPaths } from '../site-map.ts';

export interface Link {
  href: string;
  /** The accessible name: aria-label, else the text. */
  name: string;
  /** Whether the link says it leads to another language (hreflang or lang). */
  marksLanguage: boolean;
}

export interface BuiltPage {
  path: string;
  locale: LocaleCode;
  route: string;
  html: string;
  document: Document;
  lang: string;
  dir: string;
  links: Link[];
  ids: Set<string>;
  /** `<link rel="alternate" hreflang>` of the head: hreflang → href. */
  alternates: Map<string, string>;
  /** Stylesheets and scripts linked as files, by address. */
  stylesheets: string[];
  scripts: string[];
  /** Styles and scripts written into the page, by their text (data blocks such as JSON-LD left out). */
  inlineStyles: string[];
  inlineScripts: string[];
  /** Paragraphs and list items of a guidance body, each with whether it cites a source. */
  guidanceBlocks: { text: string; sourced: boolean }[];
}

function parsePage(path: string): BuiltPage {
  const html = readFileSync(new URL(path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`, dist), 'utf8');
  const document = parseDocument(html);
  const root = selectOne('html', document);
  const { locale, route } = splitPath(path);
  return {
    path,
    locale,
    route,
    html,
    document,
    lang: root ? (attr(root, 'lang') ?? '') : '',
    dir: root ? (attr(root, 'dir') ?? '') : '',
    links: selectAll('a[href]', document).map((a) => ({
      href: attr(a, 'href') ?? '',
      name: normalized(attr(a, 'aria-label') ?? textContent(a)),
      marksLanguage: attr(a, 'hreflang') !== undefined || attr(a, 'lang') !== undefined,
    })),
    ids: new Set(selectAll('[id]', document).map((e) => attr(e, 'id') ?? '')),
    alternates: new Map(selectAll('head link[rel="alternate"][hreflang]', document).map((l) => [attr(l, 'hreflang') ?? '', attr(l, 'href') ?? ''])),
    stylesheets: selectAll('link[rel="stylesheet"]', document).map((l) => attr(l, 'href') ?? ''),
    scripts: selectAll('script[src]', document).map((s) => attr(s, 'src') ?? ''),
    inlineStyles: selectAll('style', document).map((s) => textContent(s)),
    inlineScripts: selectAll('script:not([src]):not([type^="application/"])', document).map((s) => textContent(s)),
    guidanceBlocks: guidanceBlocks(document),
  };
}

/**
 * The paragraphs and list items of a guidance body, each with whether it cites a source. A
 * picture's own list is left out: it restates the sourced text around it.
 */
export const guidanceBlocks = (document: Document) =>
  selectAll('[data-guidance-body] :is(p, li):not(figure *)', document).map((b) => ({
    text: normalized(textContent(b)),
    sourced: selectOne('[data-source]', b) !== null,
  }));

/** Every page of the site, error pages included, parsed. */
export const pages: BuiltPage[] = [...sitemapPaths, ...notFoundPaths].map(parsePage);

export const page = (path: string): BuiltPage => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
};

/** An element's text as a reader reads it: without the 'link to this' every citable block ends with. */
export function blockText(element: Element | null): string {
  if (!element) return '';
  const hidden = new Set(selectAll('.permalink', element));
  const walk = (node: AnyNode): string => (hidden.has(node as Element) ? '' : isText(node) ? node.data : isTag(node) ? node.children.map(walk).join('') : '');
  return normalized(walk(element));
}

/** The landmark or section named `name` (by aria-labelledby or aria-label), as a screen reader finds it. */
export function region(document: Document, name: string): Element | null {
  const byId = (id: string) => selectOne(`[id="${id}"]`, document);
  return (
    selectAll('[aria-labelledby], [aria-label]', document).find((e) => {
      const label =
        attr(e, 'aria-label') ??
        (attr(e, 'aria-labelledby') ?? '')
          .split(' ')
          .map((id) => normalized(textContent(byId(id) ?? [])))
          .join(' ');
      return normalized(label) === name;
    }) ?? null
  );
}

/** Prints how many pages a rule checked, so a rule that silently checks nothing shows. */
export function checking<T>(rule: string, items: readonly T[], unit = 'pages'): readonly T[] {
  console.log(`${rule}: ${items.length} ${unit}`);
  return items;
}

export { attr, is, normalized, parseDocument, selectAll, selectOne, textContent } from '../html.ts';
export { builtPagePaths, dist, notFoundPaths, sitemap, sitemapPaths } from '../site-map.ts';
