/**
 * "Exit this page" on the pages about exploitation, problems at work and housing: it leaves at
 * once for a neutral page and takes this page out of the history; with JavaScript Shift pressed
 * three times does the same; without JavaScript it is a plain link.
 */
import { expect, test, type Page } from '@playwright/test';
import { uiStrings } from './built-site.ts';

const nl = uiStrings('nl');
const neutral = 'https://www.bbc.co.uk/weather';

// The neutral page is another host; the tests answer for it, so nothing leaves this machine.
async function fakeNeutralPage(page: Page) {
  await page.route(`${neutral}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
}

test('the exit replaces the page in the history: Back goes to the page before it', async ({ page }) => {
  await fakeNeutralPage(page);
  await page.goto('/werken/');
  await page.goto('/werken/uitbuiting/');
  const exit = page.getByRole('link', { name: nl('exit.button') });
  // Screen-reader users hear the shortcut in the link's name.
  await expect(exit).toHaveAccessibleName(`${nl('exit.button')} ${nl('exit.shortcut')}`);
  await exit.click();
  await expect(page).toHaveURL(neutral);
  await page.goBack();
  await expect(page).toHaveURL('/werken/');
});

test('Shift pressed three times leaves the page too; other keys in between start the count again', async ({ page }) => {
  await fakeNeutralPage(page);
  await page.clock.install();
  await page.goto('/werken/wonen/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL('/werken/wonen/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(neutral);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the exit is a plain link to the neutral page, on the pages it belongs to', async ({ page }) => {
    for (const path of ['/werken/uitbuiting/', '/uk/werken/problemen-op-het-werk/', '/pl/werken/wonen/']) {
      await page.goto(path);
      await expect(page.locator('[data-quick-exit] a')).toHaveAttribute('href', neutral);
      await expect(page.locator('[data-quick-exit] a')).toBeVisible();
    }
    await page.goto('/werken/zorg/');
    await expect(page.locator('[data-quick-exit]')).toHaveCount(0);
  });
});
