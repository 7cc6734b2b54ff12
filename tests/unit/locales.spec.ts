import { expect, test } from 'vitest';
import { locales, localeByCode, sourceLocale } from '../../src/i18n/locales.ts';
import { localePath, splitPath } from '../../src/i18n/routes.ts';

test('the locale list starts with Dutch, the source, and names each language once', () => {
  expect(locales[0]?.code).toBe('nl');
  expect(sourceLocale).toBe('nl');
  const codes = locales.map((l) => l.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) expect(code).toMatch(/^[a-z]{2}$/);
});

test('every locale has a valid BCP 47 tag, a direction and a name in its own language', () => {
  for (const l of locales) {
    expect(Intl.getCanonicalLocales(l.tag)).toEqual([l.tag]);
    expect(['ltr', 'rtl']).toContain(l.dir);
    // The endonym is what the language calls itself: Intl knows it for every locale here.
    const own = new Intl.DisplayNames([l.tag], { type: 'language' }).of(l.tag) ?? '';
    expect(l.endonym.toLocaleLowerCase(l.tag)).toBe(own.toLocaleLowerCase(l.tag));
  }
});

test('an unknown locale code is refused', () => {
  expect(() => localeByCode('xx' as never)).toThrow(/Unknown locale/);
});

test('Dutch pages live at the root and every other locale under its code', () => {
  expect(localePath('nl', '')).toBe('/');
  expect(localePath('nl', 'conclusies/3/')).toBe('/conclusies/3/');
  expect(localePath('uk', '')).toBe('/uk/');
  expect(localePath('bg', 'brief/')).toBe('/bg/brief/');
});

test('a path maps to the same page in every other locale and back', () => {
  for (const from of locales) {
    for (const to of locales) {
      const path = localePath(from.code, 'conclusies/5/');
      const other = localePath(to.code, splitPath(path).route);
      expect(other).toBe(localePath(to.code, 'conclusies/5/'));
      expect(splitPath(other)).toEqual({ locale: to.code, route: 'conclusies/5/' });
    }
  }
});

test('a Dutch route that starts like a locale code is not mistaken for one', () => {
  expect(splitPath('/ukraine/')).toEqual({ locale: 'nl', route: 'ukraine/' });
});
