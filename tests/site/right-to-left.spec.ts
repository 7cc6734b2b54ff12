/**
 * Right-to-left locales, as a reader sees them: the layout mirrors (navigation, breadcrumbs,
 * lists, the chart, the finder's filters, the search page), and phone numbers and Dutch names
 * inside the text keep their left-to-right order. Each test also saves screenshots at 320 and
 * 1280 px to test-results/ for a person to look at; the assertions do not depend on them.
 */
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { uiStrings } from './built-site.ts';

const rtl = locales.filter((l) => l.dir === 'rtl');
const widths = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on the page`);
  return b;
};

test('there is a right-to-left locale to check', () => {
  expect(rtl.length).toBeGreaterThan(0);
});

for (const { code } of rtl) {
  const t = uiStrings(code);
  for (const viewport of widths) {
    test.describe(`${code} at ${viewport.width} px`, () => {
      test.use({ viewport });

      test('pages are marked right to left and read from the right: headings, breadcrumbs, lists', async ({ page }, testInfo) => {
        await page.goto(localePath(code, 'werken/eerste-weken/'));
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        const main = await box(page, 'main');
        const h1 = await box(page, 'main h1');
        // The heading starts at the right edge of the content, not at the left.
        expect(main.x + main.width - (h1.x + h1.width)).toBeLessThan(40);
        // The first crumb (home) stands right of the second (a phone shows only the way up).
        if (viewport.width > 640) {
          const crumbs = page.getByRole('navigation', { name: t('breadcrumbs.label') }).getByRole('link');
          const [home, section] = [await crumbs.nth(0).boundingBox(), await crumbs.nth(1).boundingBox()];
          expect(home!.x).toBeGreaterThan(section!.x);
        }
        // A list's markers hang on the right: its indent is on the right, its start side.
        const indents = await page.evaluate(() =>
          [...document.querySelectorAll('main ul, main ol')]
            // Lists a reader sees: markers shown, and wider than the one pixel of a list for screen readers only.
            .filter((e) => getComputedStyle(e).listStyleType !== 'none' && e.getBoundingClientRect().width > 1)
            .map((e) => ({ right: Number.parseFloat(getComputedStyle(e).paddingRight), left: Number.parseFloat(getComputedStyle(e).paddingLeft) })),
        );
        expect(indents.length).toBeGreaterThan(0);
        for (const indent of indents) expect(indent.right).toBeGreaterThan(indent.left);
        await page.screenshot({ path: testInfo.outputPath(`${code}-eerste-weken-${viewport.width}.png`), fullPage: true });
      });

      test('a phone number in the text keeps its digits in order', async ({ page }, testInfo) => {
        await page.goto(localePath(code, 'werken/problemen-op-het-werk/'));
        const phone = page.locator('main a[href^="tel:"]', { hasText: /\d\D+\d/ }).first();
        // Where the first and the last digit are drawn: left to right, as on a Dutch letter.
        const [first, last] = await phone.evaluate((a) => {
          const text = a.firstChild?.nodeType === Node.TEXT_NODE ? a.firstChild : (a.querySelector('bdi')?.firstChild ?? a.firstChild);
          const range = document.createRange();
          const length = text?.textContent?.length ?? 0;
          const x = (i: number) => {
            range.setStart(text!, i);
            range.setEnd(text!, i + 1);
            return range.getBoundingClientRect().x;
          };
          return [x(0), x(length - 1)];
        });
        expect(first).toBeLessThan(last);
        await page.screenshot({ path: testInfo.outputPath(`${code}-problemen-${viewport.width}.png`), fullPage: true });
      });

      test("the chart's bars grow from the right, and its table reads from the right", async ({ page }, testInfo) => {
        await page.goto(localePath(code, 'cijfers/'));
        const chart = page.locator('figure svg').first();
        const svg = (await chart.boundingBox())!;
        const bar = (await chart.locator('rect:not([width="100%"])').first().boundingBox())!;
        expect(Math.abs(svg.x + svg.width - (bar.x + bar.width))).toBeLessThan(2);
        expect(bar.x).toBeGreaterThan(svg.x + 2);
        const [group, value] = [await box(page, 'figure thead th:first-child'), await box(page, 'figure thead th:last-child')];
        expect(group.x).toBeGreaterThan(value.x);
        await page.screenshot({ path: testInfo.outputPath(`${code}-cijfers-${viewport.width}.png`), fullPage: true });
      });

      test("the finder's filters put each box right of its label", async ({ page }, testInfo) => {
        await page.goto(localePath(code, 'activiteiten/'));
        const option = page.locator('main fieldset label').first();
        const input = (await option.locator('input').boundingBox())!;
        const label = (await option.boundingBox())!;
        expect(input.x + input.width).toBeGreaterThan(label.x + label.width - 30);
        await page.screenshot({ path: testInfo.outputPath(`${code}-activiteiten-${viewport.width}.png`), fullPage: true });
      });

      test('search: the field and the results read from the right', async ({ page }, testInfo) => {
        await page.goto(`${localePath(code, 'zoeken/')}?q=DigiD`);
        const results = page.locator('[data-search-results] > li');
        await expect(results.first()).toBeVisible();
        expect(await results.first().evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
        const main = await box(page, 'main');
        const title = (await results.first().locator('a').first().boundingBox())!;
        expect(main.x + main.width - (title.x + title.width)).toBeLessThan(60);
        // Excerpts keep Dutch names and numbers in order, as the built pages do.
        expect(await results.first().locator('bdi').count()).toBeGreaterThan(0);
        await page.screenshot({ path: testInfo.outputPath(`${code}-zoeken-${viewport.width}.png`), fullPage: true });
      });
    });
  }
}
