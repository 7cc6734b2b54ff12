/**
 * Every page of the site in one locale, with the title it shows: the A to Z list on the
 * search page, so that without JavaScript (or when search fails) nothing is out of reach.
 * A test checks this list against the sitemap, so a new kind of page cannot be forgotten.
 */
import { getCollection } from 'astro:content';
import { localeByCode, sourceLocale, type LocaleCode } from '../i18n/locales';
import { routes } from '../i18n/routes';
import { useTranslations } from '../i18n/t';
import { conclusionNumbers, getConclusion, getGuidanceRoutes, getGuidancePage, getPage } from './content';
import { pick } from './localized';

export interface SitePage {
  route: string;
  title: string;
  /** The language the title is written in. */
  lang: LocaleCode;
}

export async function sitePages(locale: LocaleCode): Promise<SitePage[]> {
  const t = useTranslations(locale);
  const own = (route: string, title: string): SitePage => ({ route, title, lang: locale });
  const conclusions = await Promise.all(
    conclusionNumbers.map(async (n) => {
      const c = await getConclusion(locale, n);
      return { route: routes.conclusion(n), title: `${t('conclusion.title', { number: n })}: ${c.entry.data.conclusion}`, lang: c.lang };
    }),
  );
  const guidance = await Promise.all(
    (await getGuidanceRoutes()).map(async (r) => {
      const page = await getGuidancePage(locale, r.section, r.slug);
      return { route: routes.guidance(r.section, r.slug), title: page.entry.data.title, lang: page.lang };
    }),
  );
  const proseSlugs = (await getCollection('pages', (e) => e.id.startsWith(`${sourceLocale}/`))).map((e) => e.id.split('/')[1] ?? '');
  const prose = await Promise.all(
    proseSlugs.map(async (slug) => {
      const page = await getPage(locale, slug);
      return { route: `${slug}/`, title: page.entry.data.title, lang: page.lang };
    }),
  );
  const activities = (await getCollection('activities')).map((a) => {
    const title = pick(a.data.title, locale);
    return { route: routes.activity(a.id), title: title.text, lang: title.lang };
  });
  const collator = new Intl.Collator(localeByCode(locale).tag);
  return [
    own(routes.home, t('home.title')),
    own(routes.study, t('study.title')),
    own(routes.conclusions, t('conclusions.title')),
    ...conclusions,
    own(routes.letter, t('letter.title')),
    own(routes.figures, t('figures.title')),
    own(routes.commitments, t('commitments.title')),
    own(routes.timeline, t('timeline.title')),
    own(routes.data, t('data.title')),
    own(routes.translations, t('translations.title')),
    own(routes.glossary, t('glossary.title')),
    own(routes.activities, t('activities.title')),
    ...activities,
    ...guidance,
    ...prose,
  ].sort((a, b) => collator.compare(a.title, b.title));
}
