import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { attr, normalized, page, selectAll, selectOne, textContent } from './built-pages.ts';

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
  test(`the ${locale.code} glossary lists every term with its Dutch word, in ${locale.code} alphabetical order`, () => {
    const { document } = page(localePath(locale.code, 'begrippen/'));
    const headword = (t: (typeof terms)[number]) => (locale.code === 'nl' ? t.term : t.translation[locale.code]);
    const collator = new Intl.Collator(locale.tag, { sensitivity: 'base' });
    const expected = [...terms].sort((a, b) => collator.compare(headword(a), headword(b))).map((t) => `begrip-${t.id}`);
    const shown = selectAll('[id^="begrip-"]', document).map((e) => attr(e, 'id'));
    expect(shown).toEqual(expected);
    for (const t of terms) {
      const entry = selectOne(`#begrip-${t.id}`, document);
      expect(normalized(textContent(entry ?? [])), t.id).toContain(normalized(t.explanation[locale.code]));
      // The Dutch word is there, marked Dutch where the page is not.
      expect(
        selectAll('[lang="nl"], dt', entry ?? []).some((e) => normalized(textContent(e)).includes(t.term)),
        t.id,
      ).toBe(true);
    }
  });
}
