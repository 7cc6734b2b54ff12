import { expect, test } from '@playwright/test';
import { blockText, content, normalized, paragraphs, uiStrings } from './built-site.ts';

// Expected text comes from the content files; the page must show all of it.
for (const locale of ['nl', 'en'] as const) {
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    test(`conclusion ${n} in ${locale} shows the conclusion, every point, the summary and the whole response`, async ({ page }) => {
      const { data, body } = content(`conclusions/${locale}/${n}.mdx`);
      const ui = uiStrings(locale);
      await page.goto(`${locale === 'nl' ? '' : `/${locale}`}/conclusies/${n}/`);
      expect(await blockText(page.locator(`#conclusie-${n}-tekst`))).toBe(normalized(data.conclusion));
      for (const [i, point] of (data.points as { text: string }[]).entries()) {
        expect(await blockText(page.locator(`#conclusie-${n}-punt-${i + 1}`))).toBe(normalized(point.text));
      }
      const summary = page.getByRole('region', { name: ui('conclusion.summary') });
      await expect(summary).toContainText(data.summary);
      await expect(summary).toContainText(ui('notice.summary'));
      await expect(page.getByRole('heading', { name: ui('conclusion.response') })).toBeVisible();
      for (const paragraph of paragraphs(body)) {
        expect(await blockText(page.locator('main p', { hasText: paragraph.slice(0, 60) }))).toBe(normalized(paragraph));
      }
    });
  }
}

test('the pager links each conclusion to the one before and after', async ({ page }) => {
  await page.goto('/conclusies/1/');
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL('/conclusies/2/');
  await page.goto('/conclusies/8/');
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/conclusies/7/');
});

test('extraction faults listed in the content are corrected on the page', async ({ page }) => {
  for (const n of [2, 5]) {
    const { data } = content(`conclusions/nl/${n}.mdx`);
    await page.goto(`/conclusies/${n}/`);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const c of data.corrections as { original: string; corrected: string }[]) {
      expect(text).not.toContain(c.original);
      expect(text).toContain(c.corrected);
    }
  }
});
