import { locales, type LocaleCode } from '../i18n/locales';
import { localeParam } from '../i18n/routes';

/** `getStaticPaths` entries for a page that exists once per locale, under `[...lang]`. */
export function perLocale<P extends Record<string, string>>(extra: P = {} as P) {
  return locales.map((l) => ({
    params: { lang: localeParam(l.code), ...extra },
    props: { locale: l.code as LocaleCode },
  }));
}
