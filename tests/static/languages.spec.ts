import { expect, test } from 'vitest';
import { uiStrings } from '../content/files.ts';
import { localeByCode, locales, sourceLocale } from '../../src/i18n/locales.ts';
import { localePath, splitPath } from '../../src/i18n/routes.ts';
import { attr, builtPagePaths, checking, normalized, pages, selectOne, sitemap, sitemapPaths, textContent } from './built-pages.ts';

// The address the site is built for: the deployer's SITE_URL, else the placeholder the README names.
const origin = process.env.SITE_URL ?? 'https://migranten-haarlemmermeer.example';
const listed = pages.filter((p) => !p.path.endsWith('404.html'));

/** The same route in every locale, and x-default leading to the Dutch page, as full addresses. */
const expectedAlternates = (route: string) =>
  [...locales.map((l) => [l.tag, `${origin}${localePath(l.code, route)}`]), ['x-default', `${origin}${localePath(sourceLocale, route)}`]].sort();

test('the sitemap lists every built page, and every page exists in all six locales', () => {
  expect(sitemapPaths).toEqual(builtPagePaths);
  const routes = new Set(sitemapPaths.map((p) => splitPath(p).route));
  for (const l of locales) for (const route of routes) expect(sitemapPaths).toContain(localePath(l.code, route));
});

test("every page declares its locale's language and direction, and its interface is in that language", () => {
  const wrong = checking('language and direction', pages).flatMap((p) => {
    const locale = localeByCode(p.locale);
    const skip = selectOne('a[href="#main"]', p.document);
    const problems = [];
    if (p.lang !== locale.tag || p.dir !== locale.dir) problems.push(`lang="${p.lang}" dir="${p.dir}"`);
    if (!skip || normalized(textContent(skip)) !== uiStrings(p.locale)('skipLink')) problems.push('skip link not in its language');
    return problems.map((x) => `${p.path}: ${x}`);
  });
  expect(wrong).toEqual([]);
});

test('every page names itself as canonical and links the same page in every language, Dutch as x-default', () => {
  for (const p of checking('hreflang alternates', listed)) {
    expect([...p.alternates].sort(), p.path).toEqual(expectedAlternates(p.route));
    const canonical = selectOne('link[rel="canonical"]', p.document);
    expect(canonical && attr(canonical, 'href'), p.path).toBe(`${origin}${p.path}`);
  }
});

test('the sitemap gives every page its alternates in all six languages', () => {
  for (const entry of checking('sitemap alternates', sitemap, 'entries')) {
    expect([...entry.alternates].sort(), entry.loc).toEqual(
      expectedAlternates(splitPath(new URL(entry.loc).pathname).route).filter(([tag]) => tag !== 'x-default'),
    );
  }
});
