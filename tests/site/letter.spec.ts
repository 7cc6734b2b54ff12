import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { blockText, builtHtml, content, normalized, paragraphs, sitemapPaths } from './built-site.ts';

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
const paragraphIds = (html: string) => ids(html).filter((id) => /^(inleiding|slot|conclusie-\d)-/.test(id));

test('every link to a place on a page of the site points to an id that exists there', () => {
  const broken: string[] = [];
  for (const path of sitemapPaths) {
    for (const m of builtHtml(path).matchAll(/href="(\/[^"#]*)?#([^"]+)"/g)) {
      const targetPage = m[1] ?? path;
      const anchor = decodeURIComponent(m[2] ?? '');
      if (!ids(builtHtml(targetPage)).includes(anchor)) broken.push(`${path} → ${targetPage}#${anchor}`);
    }
  }
  expect(broken).toEqual([]);
});

test('the Dutch letter and every translation have the same paragraph anchors, in the same order', () => {
  const dutch = paragraphIds(builtHtml('/brief/'));
  expect(dutch.length).toBeGreaterThan(60);
  for (const code of ['en', 'uk', 'pl', 'ro', 'bg']) expect(paragraphIds(builtHtml(`/${code}/brief/`)), code).toEqual(dutch);
});

test('every paragraph anchor is unique on the letter page', () => {
  for (const locale of locales) {
    const all = ids(builtHtml(localePath(locale.code, 'brief/')));
    expect(all.length - new Set(all).size, `duplicate ids in ${locale.code}`).toBe(0);
  }
});

test('a link to one paragraph of the letter opens at that paragraph', async ({ page }) => {
  const expected = paragraphs(content('conclusions/nl/5.mdx').body)[1] ?? '';
  await page.goto('/brief/#conclusie-5-reactie-2');
  const target = page.locator(':target');
  expect(await blockText(target)).toBe(normalized(expected));
  await expect(target).toBeInViewport();
});

test('the letter has the opening, all eight conclusions and the closing, with a contents list', async ({ page }) => {
  await page.goto('/brief/');
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  // Opening, eight conclusions, closing, and the ready citation.
  await expect(toc.getByRole('link')).toHaveCount(11);
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    expect(await blockText(page.locator(`#conclusie-${n}-tekst`))).toBe(normalized(content(`conclusions/nl/${n}.mdx`).data.conclusion));
  }
  await expect(page.locator('#slot-1')).toContainText('onderzoeksvraag kleiner te maken');
  await expect(page.locator('#inleiding-5')).toContainText('Wat is de huidige situatie ten aanzien van migranten');
});
