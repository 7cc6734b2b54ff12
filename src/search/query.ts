import type { Locale } from '../i18n/locales';

/**
 * What the reader types, made ready for Pagefind.
 *
 * Quotes: Pagefind searches an exact phrase only between straight double quotes, but
 * phones and keyboards type „…“, «…» or “…”; those become straight quotes.
 *
 * Endings: where Pagefind has no stemmer for the language, a word loses one of the locale's
 * `searchEndings` (src/i18n/locales.ts), so that Pagefind's prefix match finds its other forms.
 */
/** A word keeps at least this many letters, so short words are left as they are. */
const minStem = 4;

export function prepareQuery(raw: string, locale: Pick<Locale, 'tag' | 'searchEndings'>): string {
  const text = raw.replace(/[„“”«»]/g, '"').trim();
  const list = locale.searchEndings;
  if (!list || text.startsWith('"')) return text;
  return text
    .split(/\s+/)
    .map((word) => {
      const lower = word.toLocaleLowerCase(locale.tag);
      const ending = list.find((e) => lower.endsWith(e) && lower.length - e.length >= minStem);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}
