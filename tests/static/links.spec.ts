import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { splitPath } from '../../src/i18n/routes.ts';
import { checking, dist, pages, parseDocument, selectAll, sitemapPaths, textContent } from './built-pages.ts';

// Every link of every built page, as a crawler reads it.
const links = pages.flatMap((page) => page.links.map((link) => ({ page, ...link })));
const byPath = new Map(pages.map((p) => [p.path, p]));
const listed = new Set(sitemapPaths);

type PageLink = (typeof links)[number];

/** The links among `list` that lead to no built file, or to an anchor its page does not have. */
function brokenLinks(list: readonly PageLink[]): string[] {
  const broken: string[] = [];
  for (const l of list) {
    const url = new URL(l.href, `http://site${l.page.path}`);
    const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    if (!existsSync(new URL(file.slice(1), dist))) broken.push(`${l.page.path} → ${l.href} (no such file)`);
    else if (url.hash && !byPath.get(url.pathname)?.ids.has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push(`${l.page.path} → ${l.href} (no such anchor)`);
    }
  }
  return broken;
}

test('every internal link and #anchor resolves to a built file and an element on it', () => {
  const internal = checking(
    'internal links and anchors',
    links.filter((l) => !/^(https?:|mailto:|tel:)/.test(l.href)),
    'links',
  );
  expect(internal.length).toBeGreaterThan(5000);
  expect(brokenLinks(internal)).toEqual([]);
});

test('the link check does report a missing page and a missing anchor', () => {
  const home = byPath.get('/')!;
  const made = (href: string) => ({ page: home, href, name: 'x', marksLanguage: false });
  expect(brokenLinks([made('/bestaat-niet/'), made('/#bestaat-niet'), made('/brief/')])).toEqual([
    '/ → /bestaat-niet/ (no such file)',
    '/ → /#bestaat-niet (no such anchor)',
  ]);
});

test("a link stays in the page's language unless it says it leads to another", () => {
  const crossing: string[] = [];
  for (const l of checking('links between pages of the site', links, 'links')) {
    const url = new URL(l.href, `http://site${l.page.path}`);
    if (url.host !== 'site' || !listed.has(url.pathname)) continue;
    if (l.page.locale !== splitPath(url.pathname).locale && !l.marksLanguage) crossing.push(`${l.page.path} → ${l.href} "${l.name}"`);
  }
  expect(crossing).toEqual([]);
});

// Link texts that say nothing out of context (WCAG 2.4.4): each locale lists its own in
// content/renderings/<locale>.yaml, which the content schema requires.
const vague = Object.fromEntries(
  localeCodes.map((code) => [
    code,
    (parse(readFileSync(new URL(`../../content/renderings/${code}.yaml`, import.meta.url), 'utf8')).vagueLinkTexts ?? []) as string[],
  ]),
);

test('no link is named only "click here", "read more" or the like, or has no name, in any locale', () => {
  for (const code of localeCodes) expect(vague[code], `vagueLinkTexts of ${code}`).not.toEqual([]);
  const found: string[] = [];
  for (const l of checking('link names', links, 'links')) {
    const name = l.name
      .toLocaleLowerCase()
      .replace(/[.:!?…»›→]+$/u, '')
      .trim();
    if (name === '' || vague[l.page.locale]!.includes(name)) found.push(`${l.page.path}: "${l.name}" → ${l.href}`);
  }
  expect(found).toEqual([]);
});

/** The 'link to this' anchors of a document that follow text with no space between. */
const gluedPermalinks = (document: import('domhandler').Document) =>
  selectAll('a.permalink', document).filter((a) => {
    const before = a.prev;
    return before?.type === 'text' && /\S$/.test((before as import('domhandler').Text).data);
  });

test("a 'link to this' is a word of its own, never glued to the text before it", () => {
  const glued = checking("'link to this' spacing", pages).flatMap((p) =>
    gluedPermalinks(p.document).map((a) => `${p.path}: …${textContent(a.prev ?? [])?.slice(-30)}${textContent(a)}`),
  );
  expect(glued).toEqual([]);
  // The check finds one where there is one.
  expect(gluedPermalinks(parseDocument('<p>ontheemden<a class="permalink" href="#x">link</a></p>'))).toHaveLength(1);
});
