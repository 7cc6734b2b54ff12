import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { isLocaleCode, localeCodes } from '../../src/i18n/locales.ts';
import { splitPath } from '../../src/i18n/routes.ts';
import { builtHtml, notFoundPaths, sitemapPaths } from './built-site.ts';

// Every link of every built page, read from the HTML as a crawler would.
const dist = new URL('../../dist/', import.meta.url);
const pages = [...sitemapPaths(), ...notFoundPaths];
const sitemap = new Set(sitemapPaths());

interface Link {
  page: string;
  href: string;
  attributes: string;
  /** The accessible name: aria-label, else the text, hidden text included. */
  name: string;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&nbsp;/g, ' ');
const links: Link[] = pages.flatMap((page) =>
  [...builtHtml(page).matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => {
    const attributes = m[1] ?? '';
    const label = /aria-label="([^"]*)"/.exec(attributes)?.[1];
    const text = (m[2] ?? '').replace(/<[^>]+>/g, ' ');
    return { page, href: decode(/href="([^"]*)"/.exec(attributes)?.[1] ?? ''), attributes, name: decode(label ?? text).replace(/\s+/g, ' ').trim() };
  }),
);
const ids = new Map<string, Set<string>>();
const idsOf = (page: string) => {
  if (!ids.has(page)) ids.set(page, new Set([...builtHtml(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
  return ids.get(page)!;
};

test('every internal link and #anchor resolves to a built file and an element on it', () => {
  const internal = links.filter((l) => !/^(https?:|mailto:|tel:)/.test(l.href));
  expect(internal.length).toBeGreaterThan(5000);
  const broken: string[] = [];
  for (const l of internal) {
    const url = new URL(l.href, `http://site${l.page}`);
    const target = url.pathname;
    const page = target.endsWith('/') ? `${target}index.html` : target;
    if (!existsSync(new URL(page.slice(1), dist))) broken.push(`${l.page} → ${l.href} (no such file)`);
    else if (url.hash && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${l.page} → ${l.href} (no such anchor)`);
  }
  expect(broken).toEqual([]);
});

test("a link stays in the page's language unless it says it leads to another", () => {
  const crossing: string[] = [];
  for (const l of links) {
    const url = new URL(l.href, `http://site${l.page}`);
    if (url.host !== 'site' || !sitemap.has(url.pathname)) continue;
    const from = splitPath(l.page).locale;
    const to = splitPath(url.pathname).locale;
    if (from !== to && !/\s(hreflang|lang)="/.test(l.attributes)) crossing.push(`${l.page} → ${l.href} "${l.name}"`);
  }
  expect(crossing).toEqual([]);
});

// Link texts that say nothing out of context, per locale (WCAG 2.4.4).
const vague: Record<string, string[]> = {
  nl: ['klik hier', 'hier', 'lees meer', 'meer', 'meer info', 'meer informatie', 'link', 'deze link', 'verder'],
  en: ['click here', 'here', 'read more', 'more', 'more info', 'link', 'this link', 'continue'],
  uk: ['натисніть тут', 'тут', 'читати далі', 'детальніше', 'більше', 'посилання'],
  pl: ['kliknij tutaj', 'tutaj', 'czytaj więcej', 'więcej', 'link'],
  ro: ['click aici', 'apăsați aici', 'aici', 'citește mai mult', 'mai mult', 'detalii', 'link'],
  bg: ['кликнете тук', 'тук', 'прочетете още', 'още', 'повече', 'връзка'],
};

test('no link is named only "click here", "read more" or the like, in any locale', () => {
  expect(Object.keys(vague).sort()).toEqual([...localeCodes].sort());
  const found: string[] = [];
  for (const l of links) {
    const code = splitPath(l.page).locale;
    const name = l.name.toLocaleLowerCase().replace(/[.:!?…»›→]+$/u, '').trim();
    if (!isLocaleCode(code)) continue;
    if (name === '' || vague[code]!.includes(name)) found.push(`${l.page}: "${l.name}" → ${l.href}`);
  }
  expect(found).toEqual([]);
});
