import { expect, test } from '@playwright/test';
import { notFoundPaths, sitemapPaths } from './built-site.ts';

test.use({ javaScriptEnabled: false });

// Every page must be complete as plain HTML: a reader on a slow phone, or with scripts
// blocked, gets the same content.
for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`${path} shows its heading, main content and language links without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main p:not([data-notice] p)').first()).toHaveText(/\p{L}{3,}/u);
    await expect(page.locator('nav a[hreflang]')).toHaveCount(6);
  });
}
