/**
 * A home page for each reader: in Ukrainian it leads with the help for Ukrainians, in Polish,
 * Romanian and Bulgarian with work, each with the questions asked most as direct links; in
 * Dutch and English the findings come first and the help for migrants is on the first screen.
 */
import { expect, test } from '@playwright/test';
import { localePath, routes } from '../../src/i18n/routes.ts';

test.use({ viewport: { width: 320, height: 640 } });

// Written out, not read from the code: what each reader should find first.
const leads = [
  { locale: 'uk', first: '/uk/oekraine/na-4-maart-2027/', all: '/uk/oekraine/' },
  { locale: 'pl', first: '/pl/werken/eerste-weken/', all: '/pl/werken/' },
  { locale: 'ro', first: '/ro/werken/eerste-weken/', all: '/ro/werken/' },
  { locale: 'bg', first: '/bg/werken/eerste-weken/', all: '/bg/werken/' },
] as const;

for (const { locale, first, all } of leads) {
  test(`${locale}: the home page leads with the questions asked most, the first of them on the first screen`, async ({ page }) => {
    await page.goto(localePath(locale, routes.home));
    // Right after the heading: four questions, then the way to all the help and to 'what applies to me'.
    const lead = page.locator('main h1 + *');
    const hrefs = await lead.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([first, expect.stringMatching(all), expect.stringMatching(all), expect.stringMatching(all), all, `/${locale}/wat-geldt-voor-mij/`]);
    const box = await page.locator(`main a[href="${first}"]`).boundingBox();
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
  });
}

for (const locale of ['nl', 'en'] as const) {
  test(`${locale}: the findings come first, and the help for migrants is on the first screen`, async ({ page }) => {
    await page.goto(localePath(locale, routes.home));
    for (const section of ['werken', 'oekraine']) {
      const box = await page
        .locator(`main a[href="${localePath(locale, routes.guidance(section, 'index'))}"]`)
        .first()
        .boundingBox();
      expect((box?.y ?? 999) + (box?.height ?? 0), section).toBeLessThanOrEqual(640);
    }
    // The page is still the study's: its heading, then the introduction to the findings.
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main [data-home-lead]')).toHaveAttribute('data-home-lead', 'none');
  });
}
