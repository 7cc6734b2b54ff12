import { isLocaleCode, sourceLocale, type LocaleCode } from './locales.ts';

/**
 * URL mapping between locales. Every page has the same route in every locale; only the
 * prefix differs: Dutch lives at `/`, every other locale at `/<code>/`.
 * A route is written without the locale and without a leading slash ('' for home,
 * 'conclusies/1/' for a conclusion), always with a trailing slash when not empty.
 *
 * @example
 * localePath('en', 'conclusies/1/') // '/en/conclusies/1/'
 * localePath('nl', '')              // '/'
 */
export function localePath(locale: LocaleCode, route: string): string {
  const clean = route.replace(/^\/+/, '');
  return locale === sourceLocale ? `/${clean}` : `/${locale}/${clean}`;
}

/**
 * Splits a site path into its locale and route.
 *
 * @example
 * splitPath('/uk/brief/') // { locale: 'uk', route: 'brief/' }
 * splitPath('/brief/')    // { locale: 'nl', route: 'brief/' }
 */
export function splitPath(pathname: string): { locale: LocaleCode; route: string } {
  const [first, ...rest] = pathname.replace(/^\/+/, '').split('/');
  if (isLocaleCode(first) && first !== sourceLocale) {
    return { locale: first, route: rest.join('/') };
  }
  return { locale: sourceLocale, route: pathname.replace(/^\/+/, '') };
}

/** `getStaticPaths` parameter for a locale: undefined for Dutch, which has no prefix. */
export function localeParam(locale: LocaleCode): string | undefined {
  return locale === sourceLocale ? undefined : locale;
}

/** The routes of the site, without locale prefix; the same in every locale. */
export const routes = {
  home: '',
  study: 'onderzoek/',
  conclusions: 'conclusies/',
  conclusion: (number: number) => `conclusies/${number}/`,
  letter: 'brief/',
  figures: 'cijfers/',
  commitments: 'toezeggingen/',
  /** The Atom feed of status changes, one per locale. */
  commitmentsFeed: 'toezeggingen/feed.xml',
  timeline: 'tijdlijn/',
  data: 'data/',
  translations: 'vertalingen/',
  about: 'over-de-bronnen/',
  accessibility: 'toegankelijkheid/',
  privacy: 'privacy/',
  glossary: 'begrippen/',
  search: 'zoeken/',
  activities: 'activiteiten/',
  activity: (id: string) => `activiteiten/${id}/`,
  /** A guidance page; slug 'index' is the section's overview. */
  guidance: (section: string, slug: string) => (slug === 'index' ? `${section}/` : `${section}/${slug}/`),
  /** A guidance section's pages on one page, to print. */
  guide: (section: string) => `gids/${section}/`,
  /** 'Wat geldt voor mij?'; each combination of answers has a page below it. */
  checklist: 'wat-geldt-voor-mij/',
} as const;
