/**
 * The header on a phone and on a desktop: on a phone the navigation and the search fold behind
 * "Menu", a disclosure that works by keyboard and without JavaScript, while the languages stay
 * in view; on a desktop everything is open and there is no Menu button.
 */
import { expect, test, type Page } from '@playwright/test';
import { uiStrings } from './built-site.ts';

const uk = uiStrings('uk');
const page320 = { width: 320, height: 640 };
const menu = (page: Page) => page.getByRole('banner').getByText(uk('nav.menu'), { exact: true });
const studyLink = (page: Page) => page.getByRole('navigation', { name: uk('nav.label') }).getByRole('link', { name: uk('nav.study') });
const searchField = (page: Page) => page.getByRole('search').getByLabel(uk('search.label'));

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled, viewport: page320 });

    test('at 320 px the menu is folded, the languages are in view, and the keyboard opens the menu', async ({ page }) => {
      await page.goto('/uk/oekraine/leefgeld/');
      await expect(page.getByRole('navigation', { name: uk('languages.label') }).getByRole('link', { name: 'Polski' })).toBeVisible();
      await expect(studyLink(page)).toBeHidden();
      await expect(searchField(page)).toBeHidden();
      // Keyboard only: Tab from the site name reaches the Menu button, Enter opens it.
      await page
        .getByRole('banner')
        .getByRole('link', { name: uk('site.name') })
        .focus();
      await page.keyboard.press('Tab');
      await expect(menu(page)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(searchField(page)).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(searchField(page)).toBeFocused();
      await expect(studyLink(page)).toBeVisible();
      await studyLink(page).click();
      await expect(page).toHaveURL('/uk/onderzoek/');
    });

    test('at 1280 px the navigation and the search are open and there is no Menu button', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/uk/oekraine/leefgeld/');
      await expect(menu(page)).toBeHidden();
      await expect(studyLink(page)).toBeVisible();
      await expect(searchField(page)).toBeVisible();
    });
  });
}
