/**
 * The site's one translation system: a single i18next instance, built at build time from
 * the interface files in `ui/`, with Dutch as fallback. Components reach it only through
 * `useTranslations`; i18next never ships to the browser.
 *
 * @example
 * const t = useTranslations('en');
 * t('conclusion.title', { number: 3 }) // 'Conclusion 3'
 */
import i18next, { type TOptions } from 'i18next';
import type nl from './ui/nl.json';
import { localeByCode, localeCodes, sourceLocale, type LocaleCode } from './locales';
import { readUiFile } from './ui-files';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Interface keys, typed from the Dutch file; plural forms are reached by their base key. */
export type UiKey = WithoutPlural<keyof typeof nl>;

const resources = Object.fromEntries(localeCodes.map((code) => [code, { translation: readUiFile(code) }]));

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: sourceLocale,
  fallbackLng: sourceLocale,
  // Keys are flat ('nav.home'), so dots are not paths.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes text when rendering; escaping here too would double it.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type Translate = (key: UiKey, options?: TOptions) => string;

export function useTranslations(locale: LocaleCode): Translate {
  const fixed = instance.getFixedT(localeByCode(locale).code);
  return (key, options = {}) => fixed(key, options);
}
