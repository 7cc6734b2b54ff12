/**
 * A home page for each reader: a locale whose readers come mostly for one kind of help (its
 * `lead` in the locale list) leads with it, the questions asked most as direct links; in the
 * other locales the findings come first and the help for migrants is on the first screen.
 */
import { expect, test } from '@playwright/test';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { localePath, routes } from '../../src/i18n/routes.ts';

test.use({ viewport: { width: 320, height: 640 } });

// Written out, not read from the code: what the readers of each kind of help should find first.
const firstQuestion = { oekraine: 'oekraine/na-4-maart-2027/', werken: 'werken/eerste-weken/' } as const;

for (const l of locales) {
  const { lead }: Locale = l;
  const locale = l.code;
  if (!lead) continue;
  const first = `/${locale}/${firstQuestion[lead]}`;
  const all = `/${locale}/${lead}/`;
  test(`${locale}: the home page leads with the questions asked most, the first of them on the first screen`, async ({ page }) => {
    await page.goto(localePath(locale, routes.home));
    // Right after the heading: four questions, then the way to all the help and to 'what applies to me'.
    const leading = page.locator('main h1 + *');
    const hrefs = await leading.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([first, expect.stringMatching(all), expect.stringMatching(all), expect.stringMatching(all), all, `/${locale}/wat-geldt-voor-mij/`]);
    const box = await page.locator(`main a[href="${first}"]`).boundingBox();
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
  });
}

for (const locale of locales.filter((l: Locale) => !l.lead).map((l) => l.code)) {
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
