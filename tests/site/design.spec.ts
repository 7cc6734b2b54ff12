import { expect, test } from '@playwright/test';

test('the first Tab shows the skip link, and following it moves focus to the main content', async ({ page }) => {
  await page.goto('/conclusies/6/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const box = await skip.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a focused link shows a visible focus style', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('main a').first();
  await link.focus();
  const style = await link.evaluate((el) => getComputedStyle(el).backgroundColor);
  // The focus colour from the design tokens (#ffdd00), not the page background.
  expect(style).toBe('rgb(255, 221, 0)');
});

test('in forced-colors mode (Windows high contrast) a focused link still shows where focus is', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/conclusies/6/');
  // Tab from the top: the skip link, then the header's first link (the site name).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const link = page.locator(':focus');
  await expect(link).toHaveJSProperty('tagName', 'A');
  // The same pixels around the link, focused and not: focus must change what is drawn.
  const box = await link.boundingBox();
  if (!box) throw new Error('the focused link has no box');
  const clip = { x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12, height: box.height + 12 };
  const focused = await page.screenshot({ clip });
  await link.evaluate((el) => (el as HTMLElement).blur());
  const unfocused = await page.screenshot({ clip });
  expect(focused.equals(unfocused), 'focus changes nothing on screen').toBe(false);
});

test('a printed conclusion and letter leave out menus and keep the text and the translation notice', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/conclusies/1/', '/en/brief/']) {
    await page.goto(path);
    await expect(page.locator('header')).toBeHidden();
    const navs = await page.locator('nav').all();
    expect(navs.length).toBeGreaterThan(2);
    for (const nav of navs) await expect(nav).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main p').last()).toBeVisible();
  }
  await expect(page.locator('[data-notice="translated"]')).toBeVisible();
});

test('content pages load no script, stylesheet or font file: their style and script are in the page', async ({ page }) => {
  const kinds = new Set<string>();
  page.on('request', (r) => kinds.add(r.resourceType()));
  for (const path of ['/', '/en/conclusies/5/', '/brief/', '/uk/cijfers/', '/activiteiten/', '/wat-geldt-voor-mij/']) await page.goto(path);
  // One round trip less before the first paint on a slow connection (issue 17); sizes: budgets.spec.ts.
  expect([...kinds].filter((k) => ['script', 'stylesheet', 'font'].includes(k))).toEqual([]);
  // Proof that the style in the page applies: the header has the brand colour, not the browser's default.
  await expect(page.locator('header').first()).toHaveCSS('background-color', 'rgb(0, 75, 110)');
});
