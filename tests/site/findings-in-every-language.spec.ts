import { expect, test } from '@playwright/test';
import { blockText, content, normalized, paragraphs, uiStrings, yamlFile } from './built-site.ts';

// uk, pl, ro and bg translate the conclusion, its points, the summary and the college's
// response, each marked as a translation of the Dutch, which prevails.
for (const locale of ['uk', 'pl', 'ro', 'bg']) {
  test(`the eight conclusions in ${locale} show the conclusion and the college's response in ${locale}, marked as translations`, async ({ page }) => {
    const ui = uiStrings(locale);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { data } = content(`conclusions/${locale}/${n}.mdx`);
      const firstResponse = paragraphs(content(`conclusions/${locale}/${n}.mdx`).body)[0] ?? '';
      await page.goto(`/${locale}/conclusies/${n}/`);
      await expect(page.locator('[data-notice="translated"]')).toBeVisible();
      expect(await blockText(page.locator(`#conclusie-${n}-tekst`))).toBe(normalized(data.conclusion));
      await expect(page.locator(`#conclusie-${n}-tekst`)).toHaveAttribute('lang', locale);
      for (const [i, point] of (data.points as { text: string }[]).entries()) {
        expect(await blockText(page.locator(`#conclusie-${n}-punt-${i + 1}`))).toBe(normalized(point.text));
      }
      await expect(page.getByRole('region', { name: ui('conclusion.summary') })).toContainText(data.summary);
      await expect(page.getByText(ui('notice.letterTranslation'))).toBeVisible();
      const response = page.locator(`#conclusie-${n}-reactie-1`);
      expect(await blockText(response)).toBe(normalized(firstResponse));
      await expect(response.locator('xpath=..')).toHaveAttribute('lang', locale);
    }
  });

  test(`the study overview in ${locale} is translated`, async ({ page }) => {
    const study = yamlFile(`study/${locale}.yaml`);
    await page.goto(`/${locale}/onderzoek/`);
    await expect(page.locator('[data-notice="translated"]')).toBeVisible();
    await expect(page.locator('blockquote').first()).toHaveText(study.mainQuestion.text);
    for (const motive of study.motives) await expect(page.getByRole('listitem').filter({ hasText: motive }).first()).toBeVisible();
  });
}
