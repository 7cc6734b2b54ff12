import { expect, test } from '@playwright/test';
import { uiStrings } from '../content/files.ts';

// Every page of the real content is translated, so the fallback is shown on the fixture build:
// activity 10 is in Dutch and English only (tests/setup/finder-fixture.ts).
test('a page not yet translated shows the Dutch text, marked Dutch, with a notice and a link to English', async ({ page }) => {
  await page.goto('/uk/activiteiten/fixture-10/');
  const uk = uiStrings('uk');
  await expect(page.locator('[data-notice="fallback"]')).toContainText(uk('notice.fallback'));
  await expect(page.getByRole('link', { name: uk('notice.fallbackEnglish') })).toHaveAttribute('href', '/en/activiteiten/fixture-10/');
  await expect(page.locator('h1')).toHaveText('Fixture nl 10');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'nl');
  // The interface stays Ukrainian.
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
