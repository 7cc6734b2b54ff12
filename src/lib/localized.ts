import { sourceLocale, type LocaleCode } from '../i18n/locales';
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
