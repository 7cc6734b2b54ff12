/**
 * Every kind of page the site builds, listed once: its route (or how the routes of its pages
 * are made), its title, its place in the menus, its filter in the site search and the texts it
 * shows. The header, the footer, the A to Z list of the search page, the search filters and the
 * translation status read this list; each kind is built once per locale by its route file in
 * src/pages/[...lang]/, and a static test checks that every built page is of exactly one kind.
 * Plain Node: the translation status command reads it too.
 *
 * The list is in the order of the translation status table; the menus have their own order.
 */
import type { LocaleCode } from '../i18n/locales.ts';
import { routes } from '../i18n/routes.ts';
import type { UiKey } from '../i18n/t.ts';
import type { SearchSection } from './search-facets.ts';
import { isOnTimeline } from '../data/timeline-dates.ts';
import { allAnswers, checklistSlug } from './checklist.ts';

/** A link in the header's navigation or the footer's; `position` orders each menu. */
export interface MenuLink {
  menu: 'header' | 'footer';
  position: number;
  label: UiKey;
  route: string;
}

/** What the page types read of the content folder to list their pages and the texts each shows. */
export interface ContentFolder {
  /** The Dutch MDX files of a collection, relative to its locale folder ('werken/index.mdx'), sorted. */
  mdx(collection: string): string[];
  /** The files of a collection whose YAML files hold every locale ('figures/x.yaml'), sorted. */
  yaml(collection: string): string[];
  /** A YAML file's data; {} where it does not parse. */
  read(file: string): Record<string, unknown>;
}

/** One page and the texts it shows: its own translated files, and fields of shared YAML files. */
export interface PageTexts {
  route: string;
  /** The page's own files in a locale, at the same positions in every locale. */
  files?: (locale: LocaleCode) => string[];
  /** The shared YAML files the page shows; only the given fields, where given. */
  parts?: { file: string; fields?: string[] }[];
}

interface Kind {
  name: string;
  /** Its filter in the site search; null for a page that is not content, kept out of the index and the A to Z list. */
  search: SearchSection | null;
  /** Who all its pages are for, as a search filter (an activity audience key). */
  audience?: string;
  /** The pages of this kind with the texts each shows; absent where a page shows no translated content. */
  texts?: (content: ContentFolder) => PageTexts[];
}

/** The guidance sections that have a page of the whole guide, to print. */
export const guideSections = ['werken', 'oekraine'] as const;

/** A kind with one page, titled by an interface string. */
export interface SinglePage extends Kind {
  route: string;
  title: UiKey;
  menu?: Omit<MenuLink, 'route'>[];
}

/** A kind with a page per Dutch content file, titled by its content. */
export interface PageFamily extends Kind {
  /** The content its pages are made from: `content/<collection>/nl/<folder>/`. */
  collection: 'conclusions' | 'guidance' | 'pages' | 'activities' | 'checklist';
  folder?: string;
  /** Whether a route is one of its pages. */
  matches: (route: string) => boolean;
  menu?: MenuLink[];
}

export type PageType = SinglePage | PageFamily;

/** The route of a conclusion's page, with its number: `conclusies/3/`. */
export const conclusionRoute = /^conclusies\/(\d+)\/$/;

const at = (collection: string, file: string) => (locale: LocaleCode) => [`${collection}/${locale}/${file}`];
const all = (content: ContentFolder, collection: string) => content.yaml(collection).map((file) => ({ file }));
const where = (content: ContentFolder, collection: string, test: (data: Record<string, unknown>) => boolean) =>
  content
    .yaml(collection)
    .filter((file) => test(content.read(file)))
    .map((file) => ({ file }));
const single = (route: string, rest: Omit<PageTexts, 'route'>) => [{ route, ...rest }];
/** The Dutch MDX files of one guidance section ('werken/wonen.mdx'), in order. */
const sectionFiles = (content: ContentFolder, section: string) => content.mdx('guidance').filter((f) => f.startsWith(`${section}/`));
/** The one file of 'Wat geldt voor mij?' texts a locale has; the questions page and every result show it. */
const checklistFiles = (l: LocaleCode) => [`checklist/${l}.yaml`];

/** A section of guidance pages (content/guidance/<locale>/<section>/): a kind of its own, with its own menu item and search filter. */
const guidance = (
  section: string,
  { search, audience, menu }: { search: SearchSection; audience: string; menu?: { position: number; label: UiKey } },
): PageFamily => ({
  name: `guidance-${section}`,
  collection: 'guidance',
  folder: section,
  matches: (route) => route.startsWith(`${section}/`),
  search,
  audience,
  ...(menu && { menu: [{ menu: 'header' as const, ...menu, route: routes.guidance(section, 'index') }] }),
  texts: (content) =>
    sectionFiles(content, section).map((f) => ({ route: routes.guidance(section, f.replace(/^[^/]+\/|\.mdx$/g, '')), files: at('guidance', f) })),
});

/** A page that lists every file of a collection (figures, glossary, the finder) and shows all their texts. */
const listOf = (collection: string, page: Omit<SinglePage, 'name' | 'texts'>): SinglePage => ({
  name: collection,
  ...page,
  texts: (content) => single(page.route, { parts: all(content, collection) }),
});

export const pageTypes: readonly PageType[] = [
  { name: 'home', route: routes.home, title: 'home.title', search: 'site' },
  {
    name: 'study',
    route: routes.study,
    title: 'study.title',
    search: 'study',
    menu: [{ menu: 'header', position: 1, label: 'nav.study' }],
    texts: () => single(routes.study, { files: (l) => [`study/${l}.yaml`] }),
  },
  {
    name: 'letter',
    route: routes.letter,
    title: 'letter.title',
    search: 'letter',
    menu: [{ menu: 'header', position: 3, label: 'nav.letter' }],
    texts: (content) => single(routes.letter, { files: (l) => content.mdx('letter').map((f) => `letter/${l}/${f}`) }),
  },
  {
    name: 'conclusions',
    route: routes.conclusions,
    title: 'conclusions.title',
    search: 'conclusion',
    menu: [{ menu: 'header', position: 2, label: 'nav.conclusions' }],
  },
  {
    name: 'conclusion',
    collection: 'conclusions',
    matches: (route) => conclusionRoute.test(route),
    search: 'conclusion',
    texts: (content) =>
      content.mdx('conclusions').map((f) => {
        const n = Number(f.replace('.mdx', ''));
        return {
          route: routes.conclusion(n),
          files: at('conclusions', f),
          parts: [
            ...where(content, 'figures', (d) => d['conclusion'] === n),
            ...where(content, 'commitments', (d) => ((d['conclusions'] ?? []) as number[]).includes(n)),
            ...where(content, 'stances', (d) => d['conclusion'] === n),
          ],
        };
      }),
  },
  // In the order of their folders, as getGuidanceRoutes lists them.
  guidance('hulp', { search: 'activities', audience: 'iedereen' }),
  guidance('oekraine', { search: 'ukraine', audience: 'oekrainers', menu: { position: 7, label: 'nav.ukraine' } }),
  guidance('werken', { search: 'work', audience: 'arbeidsmigranten', menu: { position: 6, label: 'nav.work' } }),
  {
    name: 'prose',
    collection: 'pages',
    // Any one-segment route no other kind claims: the route is the file's name.
    matches: (route) => /^[^/]+\/$/.test(route) && !pageTypes.some((p) => p.name !== 'prose' && ('route' in p ? p.route === route : p.matches(route))),
    search: 'site',
    menu: [
      { menu: 'footer', position: 2, label: 'footer.about', route: routes.about },
      { menu: 'footer', position: 3, label: 'footer.accessibility', route: routes.accessibility },
      { menu: 'footer', position: 4, label: 'footer.privacy', route: routes.privacy },
    ],
    texts: (content) => content.mdx('pages').map((f) => ({ route: `${f.replace('.mdx', '')}/`, files: at('pages', f) })),
  },
  listOf('figures', { route: routes.figures, title: 'figures.title', search: 'figures', menu: [{ menu: 'header', position: 4, label: 'nav.figures' }] }),
  listOf('glossary', { route: routes.glossary, title: 'glossary.title', search: 'glossary', menu: [{ menu: 'footer', position: 1, label: 'glossary.title' }] }),
  listOf('activities', {
    route: routes.activities,
    title: 'activities.title',
    search: 'activities',
    menu: [{ menu: 'header', position: 8, label: 'nav.activities' }],
  }),
  {
    name: 'activity',
    collection: 'activities',
    matches: (route) => /^activiteiten\/[^/]+\/$/.test(route),
    search: 'activities',
    texts: (content) => content.yaml('activities').map((file) => ({ route: routes.activity(file.replace(/^activities\/|\.yaml$/g, '')), parts: [{ file }] })),
  },
  {
    name: 'commitments',
    route: routes.commitments,
    title: 'commitments.title',
    search: 'commitments',
    menu: [{ menu: 'header', position: 5, label: 'nav.commitments' }],
    texts: (content) => single(routes.commitments, { parts: [...all(content, 'commitments'), ...all(content, 'stances')] }),
  },
  {
    name: 'timeline',
    route: routes.timeline,
    title: 'timeline.title',
    search: 'commitments',
    texts: (content) =>
      single(routes.timeline, {
        parts: [...all(content, 'timeline'), ...where(content, 'commitments', isOnTimeline).map(({ file }) => ({ file, fields: ['title'] }))],
      }),
  },
  {
    // Each guidance section on one page, to print or keep (src/integrations/guide-print.ts).
    name: 'guide',
    collection: 'guidance',
    matches: (route) => /^gids\/[^/]+\/$/.test(route),
    // The same texts as the guidance pages, which search finds one by one.
    search: null,
    texts: (content) =>
      guideSections.map((section) => ({
        route: routes.guide(section),
        files: (l: LocaleCode) => sectionFiles(content, section).map((f) => `guidance/${l}/${f}`),
      })),
  },
  {
    // Titled by its content (content/checklist/<locale>.yaml), like the result pages below.
    name: 'checklist',
    collection: 'checklist',
    matches: (route) => route === routes.checklist,
    search: 'site',
    texts: () => single(routes.checklist, { files: checklistFiles }),
  },
  {
    // A page per combination of answers (src/site/checklist.ts), with the same texts.
    name: 'checklist-result',
    collection: 'checklist',
    matches: (route) => route.startsWith(routes.checklist) && route !== routes.checklist,
    // Thirty pages of the same steps would crowd the search; search finds the questions page.
    search: null,
    texts: () => allAnswers().map((a) => ({ route: `${routes.checklist}${checklistSlug(a)}/`, files: checklistFiles })),
  },
  { name: 'data', route: routes.data, title: 'data.title', search: 'site' },
  {
    name: 'translations',
    route: routes.translations,
    title: 'translations.title',
    search: 'site',
    menu: [{ menu: 'footer', position: 5, label: 'footer.translations' }],
  },
  // The search page has its own list of every page.
  { name: 'search', route: routes.search, title: 'search.title', search: null },
];

/** The kind of page a route is; a route of no kind, or of two, is an error in this list. */
export function pageTypeOf(route: string): PageType {
  const found = pageTypes.filter((p) => ('route' in p ? p.route === route : p.matches(route)));
  if (found.length !== 1 || !found[0]) {
    throw new Error(
      `The route '${route}' is of ${found.length} kinds of page (${found.map((p) => p.name).join(', ')}); src/site/page-types.ts lists each kind once`,
    );
  }
  return found[0];
}

/** The links of a menu, in their order. */
export function menuLinks(menu: MenuLink['menu']): MenuLink[] {
  return pageTypes
    .flatMap((p) => (p.menu ?? []).map((link) => ({ route: 'route' in p ? p.route : '', ...link })))
    .filter((link) => link.menu === menu)
    .sort((a, b) => a.position - b.position);
}
