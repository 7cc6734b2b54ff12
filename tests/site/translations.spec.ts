import { expect, test } from '@playwright/test';
import type { LocaleCode } from '../../src/i18n/locales.ts';
import { translationStatus } from '../../src/i18n/translation-status.ts';
import { uiStrings } from './built-site.ts';

// The page is compared with the status read from this checkout's history, by the same
// function the command uses; the wiring of an outdated page is checked on a fixture build
// in tests/unit/translation-status.spec.ts.
const status = translationStatus('./content');
// The page's rows: every page, then the interface strings.
const rows = [...status.pages, ...(status.ui ? [{ route: 'interface', ...status.ui }] : [])];

test('the translation status page lists every translated page and the interface with their state in each locale', async ({ page }) => {
  await page.goto('/en/vertalingen/');
  const en = uiStrings('en');
  await expect(page.locator('tbody tr')).toHaveCount(rows.length);
  for (const p of rows) {
    const row = page.locator(`tr[data-route="${p.route}"]`);
    for (const locale of ['en', 'uk', 'pl', 'ro', 'bg'] as const) {
      await expect(row.locator(`td[data-locale="${locale}"]`)).toHaveText(en(`translations.state.${p.states[locale]}`));
    }
  }
});

test('every page is translated in every locale: none is missing or shows Dutch texts', () => {
  const untranslated = rows.flatMap((p) =>
    Object.entries(p.states)
      .filter(([, state]) => state === 'missing' || state === 'partial')
      .map(([locale, state]) => `${p.route} ${locale}: ${state} (in Dutch: ${p.missing[locale as LocaleCode].join(', ')})`),
  );
  expect(untranslated).toEqual([]);
});

test('the translation status page names every text that is behind, per locale, and nothing else', async ({ page }) => {
  await page.goto('/vertalingen/');
  for (const locale of ['en', 'uk', 'pl', 'ro', 'bg'] as const) {
    const behind = rows.filter((p) => p.outdated[locale].length > 0);
    const section = page.locator(`[data-behind="${locale}"]`);
    await expect(section).toHaveCount(behind.length > 0 ? 1 : 0);
    for (const p of behind) await expect(section.locator(`li[data-route="${p.route}"] code`)).toHaveText(p.outdated[locale]);
  }
  const nothingBehind = rows.every((p) => Object.values(p.outdated).every((names) => names.length === 0));
  await expect(page.locator('[data-behind-none]')).toHaveCount(nothingBehind ? 1 : 0);
});

test('readers of an outdated translation see the notice; readers of an up-to-date one do not', async ({ page }) => {
  // Pages of each kind: own files, own files with shared texts, shared texts only.
  const routes = ['onderzoek/', 'brief/', 'conclusies/3/', 'werken/', 'privacy/', 'cijfers/', 'begrippen/', 'activiteiten/', 'toezeggingen/', 'tijdlijn/'];
  for (const p of status.pages.filter((p) => routes.includes(p.route))) {
    for (const locale of ['en', 'uk'] as const) {
      if (p.states[locale] === 'missing') continue;
      await page.goto(`/${locale}/${p.route}`);
      await expect(page.locator('[data-notice-outdated]'), `/${locale}/${p.route}`).toHaveCount(p.states[locale] === 'outdated' ? 1 : 0);
    }
  }
});
