import { test as base, type Page } from '@playwright/test';

/**
 * `test` with a `visitor`: one browser page for all the tests a worker runs, as one reader going
 * from page to page. A new browser context per test costs a quarter of a second and starts with
 * an empty cache every time. Tests on a visitor must not leave state a later test depends on.
 */
export const test = base.extend<object, { visitor: Page }>({
  visitor: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from '@playwright/test';
