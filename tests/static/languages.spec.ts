import { expect, test } from 'vitest';
import { uiStrings } from '../content/files.ts';
import { localeByCode, locales, sourceLocale } from '../../src/i18n/locales.ts';
import { localePath, splitPath } from '../../src/i18n/routes.ts';
import { attr, builtPagePaths, checking, normalized, pages, selectAll, selectOne, sitemap, sitemapPaths, textContent } from './built-pages.ts';

// The address the site is built for: the deployer's SITE_URL, else the placeholder the README names.
const origin = process.env.SITE_URL ?? 'https://migranten-haarlemmermeer.example';
const listed = pages.filter((p) => !p.path.endsWith('404.html'));

/** The same route in every locale, and x-default leading to the Dutch page, as full addresses. */
const expectedAlternates = (route: string) =>
  [...locales.map((l) => [l.tag, `${origin}${localePath(l.code, route)}`]), ['x-default', `${origin}${localePath(sourceLocale, route)}`]].sort();

test('the sitemap lists every built page, and every page exists in every locale', () => {
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

test('the sitemap gives every page its alternates in every language', () => {
  for (const entry of checking('sitemap alternates', sitemap, 'entries')) {
    expect([...entry.alternates].sort(), entry.loc).toEqual(
      expectedAlternates(splitPath(new URL(entry.loc).pathname).route).filter(([tag]) => tag !== 'x-default'),
    );
  }
});

// In a right-to-left page, Dutch names, numbers with spaces and quotations are shown left to right
// (src/i18n/bidi.ts): otherwise '0800 5151' reads '5151 0800'.
const rtlTags: string[] = locales.filter((l) => l.dir === 'rtl').map((l) => l.tag);
const rtlPages = pages.filter((p) => rtlTags.includes(p.lang ?? ''));
type Node = { name?: string; attribs?: Record<string, string>; parent: Node | null };
const ancestors = (node: Node): Node[] => (node.parent ? [node.parent, ...ancestors(node.parent)] : []);
/** Inside a `<bdi>` or an element marked left to right, nearer than any marked right to left. */
const shownLeftToRight = (node: Node): boolean => {
  for (const n of ancestors(node)) {
    if (n.name === 'bdi' || n.attribs?.['dir'] === 'ltr') return true;
    if (n.attribs?.['dir'] === 'rtl') return false;
  }
  return false;
};

test('in right-to-left pages, every element marked as a left-to-right language is marked left to right too', () => {
  const isRtl = (lang: string) => rtlTags.includes(lang.split('-')[0] ?? '');
  const wrong = checking('left-to-right languages in right-to-left pages', rtlPages).flatMap((p) =>
    selectAll('body [lang]', p.document)
      // SVG has no dir attribute: its pictures set their own direction.
      .filter((e) => e.name !== 'svg' && !ancestors(e as Node).some((n) => n.name === 'svg'))
      .filter((e) => !isRtl(attr(e, 'lang') ?? '') && attr(e, 'dir') !== 'ltr')
      .map((e) => `${p.path}: <${e.name} lang="${attr(e, 'lang')}"> "${normalized(textContent(e)).slice(0, 40)}"`),
  );
  expect(wrong).toEqual([]);
});

test('in right-to-left pages, phone numbers, e-mail and web addresses are isolated, so their characters stay in order', () => {
  const wrong = checking('addresses in right-to-left pages', rtlPages).flatMap((p) =>
    selectAll('a[href^="tel:"], a[href^="mailto:"], a[href^="http"]', p.document)
      // Addresses and numbers in pieces ('0800 51 51', '0900‑1852'); '112' alone cannot be misread.
      .filter((a) => /[A-Za-z]|\d\D+\d/u.test(textContent(a)) && !/\p{Script=Arabic}/u.test(textContent(a)))
      .filter((a) => attr(a, 'dir') !== 'ltr' && !selectOne('bdi', [a]) && !shownLeftToRight(a as Node))
      .map((a) => `${p.path}: ${attr(a, 'href')} "${normalized(textContent(a))}"`),
  );
  expect(wrong).toEqual([]);
});
