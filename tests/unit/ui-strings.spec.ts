import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';

const dir = new URL('../../src/i18n/ui/', import.meta.url);
const load = (code: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8'));
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(pluralSuffix, '');
const placeholders = (value: string) => [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const source = load(sourceLocale);
const sourceBases = [...new Set(Object.keys(source).map(base))].sort();

test('there is one interface file per locale and none for unknown locales', () => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace('.json', ''))
    .sort();
  expect(files).toEqual(locales.map((l) => l.code).sort());
});

for (const locale of locales) {
  describe(`interface strings in ${locale.code}`, () => {
    const strings = load(locale.code);

    test('have exactly the keys of the Dutch file, no more and no fewer', () => {
      expect([...new Set(Object.keys(strings).map(base))].sort()).toEqual(sourceBases);
    });

    test('have every plural form the language needs, and no others', () => {
      const categories = new Intl.PluralRules(locale.tag).resolvedOptions().pluralCategories.slice().sort();
      const pluralBases = [
        ...new Set(
          Object.keys(source)
            .filter((k) => pluralSuffix.test(k))
            .map(base),
        ),
      ];
      for (const b of pluralBases) {
        const forms = Object.keys(strings)
          .filter((k) => base(k) === b && pluralSuffix.test(k))
          .map((k) => k.slice(b.length + 1));
        expect(forms.sort(), `plural forms of ${b}`).toEqual(categories);
      }
    });

    test('keep the placeholders of the Dutch text', () => {
      for (const [key, value] of Object.entries(strings)) {
        const dutch = source[key] ?? source[`${base(key)}_other`];
        expect(placeholders(value), key).toEqual(placeholders(dutch ?? ''));
      }
    });

    test('are never empty', () => {
      for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
    });
  });
}
