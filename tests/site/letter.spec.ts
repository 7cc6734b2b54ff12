import { expect, test } from '@playwright/test';
import { blockText, content, normalized, paragraphs } from './built-site.ts';

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
