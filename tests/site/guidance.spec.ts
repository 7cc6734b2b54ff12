import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const sourcesDir = new URL('../../content/sources/', import.meta.url);
const sources = Object.fromEntries(readdirSync(sourcesDir).map((f) => [f.replace('.yaml', ''), parse(readFileSync(new URL(f, sourcesDir), 'utf8'))]));

test('a guidance page shows who it is for, when it was checked, where to get help and its dated sources', async ({ page }) => {
  await page.goto('/werken/problemen-op-het-werk/');
  await expect(page.getByText('Voor wie')).toBeVisible();
  await expect(page.locator('time[datetime]').first()).toBeVisible();
  const help = page.getByRole('region', { name: 'Waar krijg je hulp?' });
  await expect(help.getByRole('link', { name: '0800 51 51' })).toHaveAttribute('href', 'tel:08005151');
  const list = page.getByRole('region', { name: 'Bronnen' });
  const cited = await page.locator('[data-guidance-body] [data-source]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
  for (const id of new Set(cited)) {
    if (id === 'brief') continue;
    await expect(list.getByRole('link', { name: sources[id ?? '']?.title })).toHaveAttribute('href', sources[id ?? '']?.url);
  }
});
