import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';

const dir = new URL('../../content/glossary/', import.meta.url);
const terms = readdirSync(dir).map((f) => ({ id: f.replace('.yaml', ''), ...parse(readFileSync(new URL(f, dir), 'utf8')) }));
const required = [
  'statushouder',
  'asielzoeker',
  'ontheemde',
  'arbeidsmigrant',
  'inburgering',
  'bijstandsuitkering',
  'taakstelling',
  'coa',
  'brp',
  'bsn',
  'rni',
  'digid',
  'rtb',
  'rooo',
  'rmo',
  'leefgeld',
  'cao',
  'snf',
  'arbeidsinspectie',
  'sociale-basis',
];

test('the glossary has every required term, explained in every locale', () => {
  expect(terms.map((t) => t.id).sort()).toEqual(expect.arrayContaining(required));
  for (const term of terms) {
    for (const l of locales) expect(term.explanation[l.code], `${term.id} in ${l.code}`).toBeTruthy();
  }
});

for (const locale of locales) {
  test(`the ${locale.code} glossary lists every term with its Dutch word, in ${locale.code} alphabetical order`, async ({ page }) => {
    await page.goto(localePath(locale.code, 'begrippen/'));
    const headword = (t: (typeof terms)[number]) => (locale.code === 'nl' ? t.term : t.translation[locale.code]);
    const collator = new Intl.Collator(locale.tag, { sensitivity: 'base' });
    const expected = [...terms].sort((a, b) => collator.compare(headword(a), headword(b))).map((t) => `begrip-${t.id}`);
    const shown = await page.locator('[id^="begrip-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(shown).toEqual(expected);
    for (const t of terms) {
      const entry = page.locator(`#begrip-${t.id}`);
      await expect(entry).toContainText(t.explanation[locale.code]);
      await expect(entry.locator('[lang="nl"], dt').filter({ hasText: t.term }).first()).toBeVisible();
    }
  });
}

test('a term links to the glossary at its first use on a guidance page, and only there', async ({ page }) => {
  await page.goto('/pl/werken/inschrijven/');
  const links = page.locator('[data-guidance-body] a[data-term]');
  const ids = await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`/pl/begrippen/#begrip-${ids[0]}$`));
  await expect(page.locator(':target')).toBeVisible();
});
