import { expect, test } from '@playwright/test';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { uiStrings } from './built-site.ts';

test('the language switcher leads to the same page in every language, named in that language', async ({ page }) => {
  for (const [i, from] of locales.entries()) {
    await page.goto(localePath(from.code, 'conclusies/4/'));
    const nav = page.getByRole('navigation', { name: uiStrings(from.code)('languages.label') });
    for (const to of locales) {
      const link = nav.getByRole('link', { name: to.endonym, exact: true });
      await expect(link).toHaveAttribute('href', localePath(to.code, 'conclusies/4/'));
      await expect(link).toHaveAttribute('lang', to.tag);
      await expect(link).toHaveAttribute('hreflang', to.tag);
      if (from.code === to.code) await expect(link).toHaveAttribute('aria-current', 'page');
      else await expect(link).not.toHaveAttribute('aria-current');
    }
    // Following one link per page: each locale in turn, to the next in the list.
    const next = locales[(i + 1) % locales.length]!;
    await nav.getByRole('link', { name: next.endonym, exact: true }).click();
    await expect(page).toHaveURL(localePath(next.code, 'conclusies/4/'));
    await expect(page.locator('html')).toHaveAttribute('lang', next.tag);
  }
});

test('a translated page says the Dutch text prevails and links to it', async ({ page }) => {
  for (const path of ['/en/conclusies/2/', '/pl/privacy/', '/bg/']) {
    await page.goto(path);
    const notice = page.locator('[data-notice="translated"]');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link')).toHaveAttribute('href', path.replace(/^\/\w\w\//, '/'));
  }
});

test('Dutch pages carry no translation notice', async ({ page }) => {
  await page.goto(localePath(sourceLocale, 'conclusies/2/'));
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('an unknown address gets the error page in the language of its folder', async ({ page }) => {
  for (const locale of locales) {
    const response = await page.goto(localePath(locale.code, 'bestaat-niet/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
    await expect(page.locator('h1')).toHaveText(uiStrings(locale.code)('notFound.title'));
  }
});
