import { expect, test } from '@playwright/test';
import { translationStatus } from '../../src/i18n/translation-status.ts';
import { uiStrings } from './built-site.ts';

// The page is compared with the status read from this checkout's history, by the same
// function the command uses; the wiring of an outdated page is checked on a fixture build
// in tests/unit/translation-status.spec.ts.
const status = translationStatus('./content');

test('the translation status page lists every translated page with its state in each locale', async ({ page }) => {
  await page.goto('/en/vertalingen/');
  const en = uiStrings('en');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(status.pages.length);
  for (const p of status.pages) {
    const row = page.locator(`tr[data-route="${p.route}"]`);
    for (const locale of ['en', 'uk', 'pl', 'ro', 'bg'] as const) {
      await expect(row.locator(`td[data-locale="${locale}"]`)).toHaveText(en(`translations.state.${p.states[locale]}`));
    }
  }
  // The letter has no Ukrainian translation: the page says so.
  await expect(page.locator('tr[data-route="brief/"] td[data-locale="uk"]')).toHaveText(en('translations.state.missing'));
});

test('readers of an outdated translation see the notice; readers of an up-to-date one do not', async ({ page }) => {
  for (const p of status.pages.slice(0, 12)) {
    for (const locale of ['en', 'uk'] as const) {
      if (p.states[locale] === 'missing') continue;
      await page.goto(`/${locale}/${p.route}`);
      await expect(page.locator('[data-notice-outdated]')).toHaveCount(p.states[locale] === 'outdated' ? 1 : 0);
    }
  }
});
