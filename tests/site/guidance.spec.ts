import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { sitemapPaths } from './built-site.ts';

const guidancePaths = sitemapPaths().filter((p) => /^\/(?:[a-z]{2}\/)?(werken|oekraine)\//.test(p));
const sourcesDir = new URL('../../content/sources/', import.meta.url);
const sources = Object.fromEntries(
  readdirSync(sourcesDir).map((f) => [f.replace('.yaml', ''), parse(readFileSync(new URL(f, sourcesDir), 'utf8'))]),
);

/** The paragraphs and list items of a guidance body that carry no source reference. */
const unsourced = (page: Page) =>
  page
    .locator('[data-guidance-body] :is(p, li)')
    .evaluateAll((blocks) =>
      blocks.filter((b) => !b.querySelector('[data-source]')).map((b) => (b.textContent ?? '').trim().slice(0, 80)),
    );

test('the source check catches a paragraph without a source', async ({ page }) => {
  await page.setContent('<div data-guidance-body><p>Een feit. <span data-source="x">(bron)</span></p><ul><li>Een feit zonder bron.</li></ul></div>');
  expect(await unsourced(page)).toEqual(['Een feit zonder bron.']);
});

test('there are guidance pages for labour migrants and Ukrainians in every locale', () => {
  for (const section of ['werken', 'oekraine']) {
    for (const prefix of ['', '/en', '/uk', '/pl', '/ro', '/bg']) expect(guidancePaths).toContain(`${prefix}/${section}/`);
  }
});

for (const path of guidancePaths) {
  test(`every fact on ${path} carries its source`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-guidance-body] :is(p, li)').first()).toBeVisible();
    expect(await unsourced(page)).toEqual([]);
  });
}

test('a guidance page shows who it is for, when it was checked, where to get help and its dated sources', async ({ page }) => {
  await page.goto('/werken/problemen-op-het-werk/');
  await expect(page.getByText('Voor wie')).toBeVisible();
  await expect(page.locator('time[datetime]').first()).toBeVisible();
  const help = page.getByRole('region', { name: 'Waar krijg je hulp?' });
  await expect(help.getByRole('link', { name: '0800 51 51' })).toHaveAttribute('href', 'tel:08005151');
  const list = page.getByRole('region', { name: 'Bronnen' });
  const cited = await page.locator('[data-guidance-body] [data-source]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
  for (const id of new Set(cited)) {
    if (id === 'brief') continue;
    await expect(list.getByRole('link', { name: sources[id ?? '']?.title })).toHaveAttribute('href', sources[id ?? '']?.url);
  }
});
