/**
 * The page registry (src/site/page-types.ts) against the build: every built page is of exactly
 * one kind, every kind is built in every locale, and the menus link where the registry says.
 */
import { expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { contentFolder } from '../../src/data/content-folder.ts';
import { menuLinks, pageTypeOf, pageTypes } from '../../src/site/page-types.ts';
import { attr, checking, pages, selectAll } from './built-pages.ts';

const listed = pages.filter((p) => !p.path.endsWith('404.html'));

test('every page in the sitemap is of exactly one kind of page', () => {
  const unclaimed = checking('page kinds', listed).flatMap((p) => {
    try {
      pageTypeOf(p.route);
      return [];
    } catch (error) {
      return [`${p.path}: ${(error as Error).message}`];
    }
  });
  expect(unclaimed).toEqual([]);
});

test('every kind of page is built in every locale', () => {
  const kinds = (code: string) => new Set(listed.filter((p) => p.locale === code).map((p) => pageTypeOf(p.route).name));
  for (const l of locales) expect([...kinds(l.code)].sort(), l.code).toEqual(pageTypes.map((p) => p.name).sort());
});

// The prose pages claim any one-segment route no other kind claims: a page of a kind missing
// from the registry would pass as prose, were each family not held to its content files.
test('every family of pages is built for exactly the content files it is made from', () => {
  const content = contentFolder(process.env['CONTENT_DIR'] ?? 'content');
  const dutch = listed.filter((p) => p.locale === 'nl');
  for (const type of pageTypes.filter((p) => 'matches' in p)) {
    const built = dutch.filter((p) => pageTypeOf(p.route) === type).map((p) => p.route);
    expect(built.sort(), type.name).toEqual((type.texts?.(content) ?? []).map((p) => p.route).sort());
  }
});

test("the header's and footer's menus link to the registry's pages, in its order", () => {
  const hrefs = (selector: string, p: (typeof listed)[number]) => selectAll(selector, p.document).map((a) => attr(a, 'href'));
  for (const p of checking('menus', listed)) {
    expect(hrefs('header nav[data-main-nav] a', p), p.path).toEqual(menuLinks('header').map((l) => localePath(p.locale, l.route)));
    expect(hrefs('footer nav a', p), p.path).toEqual(menuLinks('footer').map((l) => localePath(p.locale, l.route)));
  }
});
