/**
 * The one list of locales that everything reads: Astro's i18n config, the sitemap,
 * hreflang links, the language switcher and the tests. Adding a locale is one entry
 * here plus its interface file in `src/i18n/ui/` (and content where it has any).
 *
 * @example
 * localeByCode('uk').endonym // 'Українська'
 */
export interface Locale {
  /** URL prefix and content folder name. */
  code: string;
  /** The language's name in itself, as shown in the language switcher. */
  endonym: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** Tag for dates and numbers where it differs from `tag`: the site writes English the European way, '1 January 2026'. */
  format?: string;
  dir: 'ltr' | 'rtl';
  /** The guidance its readers most come for, which the home page then leads with; none for readers of the findings. */
  lead?: 'oekraine' | 'werken';
  /**
   * For a language Pagefind cannot stem (its index then has no `wasm` in pagefind-entry.json):
   * common case and plural endings, longest first. A query word loses the first that fits, and
   * Pagefind's prefix match then finds its other forms: 'мігрантів' → 'мігрант' finds 'мігранти'.
   */
  searchEndings?: readonly string[];
}

export const locales = [
  { code: 'nl', endonym: 'Nederlands', tag: 'nl', dir: 'ltr' },
  { code: 'en', endonym: 'English', tag: 'en', format: 'en-GB', dir: 'ltr' },
  {
    code: 'uk',
    endonym: 'Українська',
    tag: 'uk',
    dir: 'ltr',
    lead: 'oekraine',
    // biome-ignore format: one line of endings reads better than 29
    searchEndings: ['ами', 'ями', 'ові', 'еві', 'ого', 'ому', 'ими', 'ій', 'ий', 'ої', 'ів', 'їв', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ою', 'ею', 'и', 'і', 'а', 'я', 'у', 'ю', 'о', 'е', 'ь'],
  },
  { code: 'pl', endonym: 'Polski', tag: 'pl', dir: 'ltr', lead: 'werken' },
  { code: 'ro', endonym: 'Română', tag: 'ro', dir: 'ltr', lead: 'werken' },
  {
    code: 'bg',
    endonym: 'Български',
    tag: 'bg',
    dir: 'ltr',
    lead: 'werken',
    searchEndings: ['ите', 'ата', 'ото', 'ят', 'ът', 'та', 'то', 'те', 'ия', 'и', 'а', 'я', 'е', 'о'],
  },
  { code: 'ar', endonym: 'العربية', tag: 'ar', format: 'ar-u-nu-latn', dir: 'rtl' },
  { code: 'ru', endonym: 'Русский', tag: 'ru', dir: 'ltr', lead: 'oekraine' },
  { code: 'lt', endonym: 'Lietuvių', tag: 'lt', dir: 'ltr', lead: 'werken' },
  { code: 'hu', endonym: 'Magyar', tag: 'hu', dir: 'ltr', lead: 'werken' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

/** Dutch is the source language: it is served at `/` and its text prevails. */
export const sourceLocale: LocaleCode = 'nl';

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/** Every locale but Dutch: the languages the site is translated into. */
export const translatedLocaleCodes: LocaleCode[] = localeCodes.filter((c) => c !== sourceLocale);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}

export function localeByCode(code: LocaleCode): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale: ${code}`);
  return found;
}

/** The tag to format dates and numbers with in a locale. */
export function formatTag(code: LocaleCode): string {
  const l: Locale = localeByCode(code);
  return l.format ?? l.tag;
}

/** The locale of the page being rendered, from `Astro.currentLocale`, for components MDX renders without props. */
export function pageLocale(current: string | undefined): LocaleCode {
  return isLocaleCode(current) ? current : sourceLocale;
}
