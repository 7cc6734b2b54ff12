import { expect, test } from '@playwright/test';

// The glossary's content in every locale: tests/static/glossary.spec.ts.
test('a term links to the glossary at its first use on a guidance page, and only there', async ({ page }) => {
  await page.goto('/pl/werken/inschrijven/');
  const links = page.locator('[data-guidance-body] a[data-term]');
  const ids = await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`/pl/begrippen/#begrip-${ids[0]}$`));
  await expect(page.locator(':target')).toBeVisible();
});
