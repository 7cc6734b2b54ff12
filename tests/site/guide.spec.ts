/**
 * The whole guide on one page (/gids/werken/, /gids/oekraine/), as GOV.UK guides have: every
 * page of the section in order with its sources, each starting on a new sheet when printed,
 * and the address of each link printed after it.
 */
import { expect, test } from '@playwright/test';

for (const [locale, section] of [
  ['uk', 'oekraine'],
  ['pl', 'werken'],
] as const) {
  test(`${locale}: the whole ${section} guide holds every page of the section in order, each with its sources`, async ({ page }) => {
    await page.goto(`/${locale}/gids/${section}/`);
    const parts = page.locator('.guide-part');
    const titles = await parts.evaluateAll((all) => all.map((p) => p.querySelector('h2')?.textContent ?? ''));
    // The section's pages in order, as its overview lists them, after the overview itself.
    await page.goto(`/${locale}/${section}/`);
    const listed = await page.locator('[aria-labelledby="onderdelen"] li a').allTextContents();
    const overviewTitle = await page.locator('main h1').textContent();
    expect(titles.map((t) => t.trim())).toEqual([overviewTitle?.trim(), ...listed.map((t) => t.trim())]);
    await page.goto(`/${locale}/gids/${section}/`);
    // Every page but the overview cites its sources, listed under each part.
    expect(await parts.count()).toBe(listed.length + 1);
    for (let i = 1; i < listed.length + 1; i += 1) expect(await parts.nth(i).locator('[data-source]').count(), `part ${i}`).toBeGreaterThan(0);
  });
}

test('printed, each page of the guide starts on a new sheet, menus are left out and links show their address', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/gids/werken/');
  await expect(page.locator('header')).toBeHidden();
  const breaks = await page.locator('.guide-part').evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
  expect(breaks.length).toBeGreaterThan(10);
  expect(new Set(breaks)).toEqual(new Set(['page']));
  const source = page.locator('.guide-part [data-source] a[href^="http"]').first();
  const href = await source.getAttribute('href');
  expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
});
