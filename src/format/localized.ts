import { localeByCode, sourceLocale, type LocaleCode } from '../i18n/locales';
import type { LocalizedText } from '../schemas';

/**
 * A text in the reader's locale where it exists, else the Dutch original, with the
 * language it is actually in (for `lang` attributes).
 *
 * @example
 * pick({ nl: 'Taal', en: 'Language' }, 'uk') // { text: 'Taal', lang: 'nl' }
 */
export function pick(text: LocalizedText, locale: LocaleCode): { text: string; lang: LocaleCode } {
  const own = text[locale];
  return own ? { text: own, lang: locale } : { text: text.nl, lang: sourceLocale };
}

/**
 * The `lang` attribute of a text on a page of `pageLocale`: its language's tag when that is
 * another language, else none (the page's own `<html lang>` holds).
 *
 * @example
 * langAttribute('nl', 'uk') // 'nl'
 * langAttribute('uk', 'uk') // undefined
 */
export const langAttribute = (lang: LocaleCode, pageLocale: LocaleCode): string | undefined => (lang === pageLocale ? undefined : localeByCode(lang).tag);

/**
 * Attributes for a text shown on a page of another locale: its `lang`, and kept out of that
 * locale's search index, where it would only push down the page's own words (it is found in
 * the index of its own language).
 *
 * @example
 * textIn('nl', 'uk') // { lang: 'nl', 'data-pagefind-ignore': '' }
 * textIn('nl', 'nl') // {}
 */
export function textIn(lang: LocaleCode, pageLocale: LocaleCode): { lang?: string; 'data-pagefind-ignore'?: '' } {
  const tag = langAttribute(lang, pageLocale);
  return tag ? { lang: tag, 'data-pagefind-ignore': '' } : {};
}
