import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const dir = new URL('../../content/figures/', import.meta.url);
const figures = readdirSync(dir).map((f) => ({ id: f.replace('.yaml', ''), ...parse(readFileSync(new URL(f, dir), 'utf8')) }));
const chart = figures.filter((f) => f.chart === '6.1');

test('chart 6.1 is drawn from the data, with a text alternative and the same numbers in a table', async ({ page }) => {
  expect(chart.map((f) => f.value).sort()).toEqual([76, 77]);
  await page.goto('/cijfers/');
  const svg = page.getByRole('img', { name: /Grafiek 6\.1/ });
  await expect(svg).toBeVisible();
  for (const f of chart) {
    await expect(svg).toContainText(`${f.label.nl}: ${f.value}%`);
    const row = page.getByRole('row', { name: new RegExp(f.label.nl) });
    await expect(row.getByRole('cell')).toHaveText(`${f.value}%`);
  }
});

test('the 82 percent is shown apart from chart 6.1, with its own definition', async ({ page }) => {
  const f = figures.find((x) => x.value === 82);
  expect(f?.chart).toBeUndefined();
  await page.goto('/cijfers/');
  const item = page.locator(`#cijfer-${f.id}`);
  await expect(item).toContainText('82%');
  await expect(item).toContainText(f.definition.nl);
  await expect(page.locator('figure', { hasText: '82%' })).toHaveCount(0);
});

test('every figure appears on the figures page with its definition, in Dutch and English', async ({ page }) => {
  for (const [path, locale] of [
    ['/cijfers/', 'nl'],
    ['/en/cijfers/', 'en'],
  ] as const) {
    await page.goto(path);
    for (const f of figures) await expect(page.locator(`#cijfer-${f.id}`)).toContainText(f.definition[locale]);
  }
});

test('each conclusion page lists the figures of that conclusion and no others', async ({ page }) => {
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    await page.goto(`/conclusies/${n}/`);
    const shown = await page.locator('[id^="cijfer-"]').evaluateAll((els) => els.map((e) => e.id.replace('cijfer-', '')));
    expect(shown.sort()).toEqual(
      figures
        .filter((f) => f.conclusion === n)
        .map((f) => f.id)
        .sort(),
    );
  }
});
