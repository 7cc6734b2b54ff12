/**
 * Every page of the site in one locale, with the title it shows: the A to Z list on the
 * search page, so that without JavaScript (or when search fails) nothing is out of reach.
 * The kinds of page come from src/site/page-types.ts: a page of its own shows its title from
 * the interface strings, a family of pages the titles in its content. A test checks this
 * list against the sitemap, so a new kind of page cannot be forgotten.
 */
import { getCollection } from 'astro:content';
import { localeByCode, sourceLocale, type LocaleCode } from '../i18n/locales';
import { routes } from '../i18n/routes';
import { useTranslations } from '../i18n/t';
import { conclusionNumbers, getChecklistTexts, getConclusion, getGuidancePage, getGuidanceRoutes, getPage } from '../data/content';
import { pick } from '../format/localized';
import { type PageFamily, pageTypes } from './page-types';

export interface SitePage {
  route: string;
  title: string;
  /** The language the title is written in. */
  lang: LocaleCode;
}

type Family = (locale: LocaleCode, family: PageFamily) => Promise<SitePage[]>;

/** The pages of each family, from the content collection it is made from. */
const families: Record<PageFamily['collection'], Family> = {
  conclusions: (locale) => {
    const t = useTranslations(locale);
    return Promise.all(
      conclusionNumbers.map(async (n) => {
        const c = await getConclusion(locale, n);
        return { route: routes.conclusion(n), title: `${t('conclusion.title', { number: n })}: ${c.entry.data.conclusion}`, lang: c.lang };
      }),
    );
  },
  guidance: async (locale, family) =>
    Promise.all(
      (await getGuidanceRoutes())
        .filter((r) => r.section === family.folder)
        .map(async (r) => {
          const page = await getGuidancePage(locale, r.section, r.slug);
          return { route: routes.guidance(r.section, r.slug), title: page.entry.data.title, lang: page.lang };
        }),
    ),
  pages: async (locale) =>
    Promise.all(
      (await getCollection('pages', (e) => e.id.startsWith(`${sourceLocale}/`))).map(async (e) => {
        const slug = e.id.split('/')[1] ?? '';
        const page = await getPage(locale, slug);
        return { route: `${slug}/`, title: page.entry.data.title, lang: page.lang };
      }),
    ),
  // Only the questions page: the pages of each combination of answers are not listed (their
  // kind has no search section).
  checklist: async (locale, family) => {
    if (family.name !== 'checklist') return [];
    const texts = await getChecklistTexts(locale);
    return [{ route: routes.checklist, title: texts.entry.data.title, lang: texts.lang }];
  },
  activities: async (locale) =>
    (await getCollection('activities')).map((a) => {
      const title = pick(a.data.title, locale);
      return { route: routes.activity(a.id), title: title.text, lang: title.lang };
    }),
};

export async function sitePages(locale: LocaleCode): Promise<SitePage[]> {
  const t = useTranslations(locale);
  const listed = pageTypes.filter((p) => p.search !== null);
  const pages = await Promise.all(
    listed.map(async (p) => ('route' in p ? [{ route: p.route, title: t(p.title), lang: locale }] : families[p.collection](locale, p))),
  );
  const collator = new Intl.Collator(localeByCode(locale).tag);
  return pages.flat().sort((a, b) => collator.compare(a.title, b.title));
}
