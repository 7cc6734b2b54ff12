/**
 * All content queries in one place. Every query takes the reader's locale and returns the
 * entry in that locale where it exists, else the Dutch original with `lang: 'nl'`, so a
 * page can mark the fallback. Dutch is required: a missing Dutch entry fails the build.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { sourceLocale, type LocaleCode } from '../i18n/locales';

type Localized = 'conclusions' | 'letter' | 'study' | 'pages' | 'guidance' | 'checklist';

export interface InLocale<C extends Localized> {
  entry: CollectionEntry<C>;
  /** The language the entry is written in: the reader's locale, or Dutch as fallback. */
  lang: LocaleCode;
  /** The Dutch original, which prevails; the same as `entry` on Dutch and fallback pages. */
  dutch: CollectionEntry<C>;
}

// getCollection is cached by Astro; a Map per call keeps look-ups free of 'not found' warnings.
async function byId<C extends Localized>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return new Map(entries.map((e) => [e.id, e]));
}

async function inLocale<C extends Localized>(collection: C, locale: LocaleCode, slug: string): Promise<InLocale<C>> {
  const entries = await byId(collection);
  const id = (code: LocaleCode) => (slug === '' ? code : `${code}/${slug}`);
  const own = entries.get(id(locale));
  const dutch = entries.get(id(sourceLocale));
  if (!dutch) throw new Error(`content/${collection}: the Dutch original '${id(sourceLocale)}' is missing`);
  return { entry: own ?? dutch, lang: own ? locale : sourceLocale, dutch };
}

export const conclusionNumbers = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export function getConclusion(locale: LocaleCode, number: number) {
  return inLocale('conclusions', locale, String(number));
}

export function getConclusions(locale: LocaleCode) {
  return Promise.all(conclusionNumbers.map((n) => getConclusion(locale, n)));
}

export function getLetterPart(locale: LocaleCode, part: 'opening' | 'closing') {
  return inLocale('letter', locale, part);
}

export function getStudy(locale: LocaleCode) {
  return inLocale('study', locale, '');
}

export function getPage(locale: LocaleCode, slug: string) {
  return inLocale('pages', locale, slug);
}

/** Figures in their editorial order; optionally only those of one conclusion or chart. */
export async function getFigures(filter: { conclusion?: number; chart?: string } = {}) {
  const all = await getCollection('figures');
  return all
    .filter((f) => filter.conclusion === undefined || f.data.conclusion === filter.conclusion)
    .filter((f) => filter.chart === undefined || f.data.chart === filter.chart)
    .sort((a, b) => a.data.order - b.data.order);
}

/** Every correction of an extraction fault, for the page about the sources. */
export async function getCorrections() {
  const entries = [
    ...(await getCollection('letter', (e) => e.id.startsWith(`${sourceLocale}/`))),
    ...(await getCollection('conclusions', (e) => e.id.startsWith(`${sourceLocale}/`))),
  ];
  return entries.flatMap((e) => e.data.corrections);
}

export type GuidanceSection = CollectionEntry<'guidance'>['data']['section'];

/** A guidance page by section and slug ('index' for the section's overview). */
export function getGuidancePage(locale: LocaleCode, section: GuidanceSection, slug: string) {
  return inLocale('guidance', locale, `${section}/${slug}`);
}

/** The Dutch guidance pages, which define the routes; in section order. */
export async function getGuidanceRoutes() {
  const dutch = await getCollection('guidance', (e) => e.id.startsWith(`${sourceLocale}/`));
  return dutch
    .map((e) => {
      const [, section, slug] = e.id.split('/') as [string, GuidanceSection, string];
      return { section, slug, order: e.data.order };
    })
    .sort((a, b) => a.section.localeCompare(b.section) || a.order - b.order);
}

/** All pages of one section in the reader's locale (or Dutch), overview first. */
export async function getGuidanceSection(locale: LocaleCode, section: GuidanceSection) {
  const routes = (await getGuidanceRoutes()).filter((r) => r.section === section);
  return Promise.all(routes.map(async (r) => ({ ...r, page: await getGuidancePage(locale, section, r.slug) })));
}

/** The guidance sections whose overview relates to a conclusion, for links from the findings. */
export async function getGuidanceForConclusion(number: number): Promise<GuidanceSection[]> {
  const overviews = await getCollection('guidance', (e) => e.id.startsWith(`${sourceLocale}/`) && e.id.endsWith('/index') && e.data.conclusion === number);
  return overviews.map((e) => e.data.section);
}

/** An entry a component names by id; an unknown id stops the build, naming the component and the file it wanted. */
async function named<C extends 'sources' | 'amounts'>(collection: C, id: string, component: string) {
  const found = await getEntry(collection, id);
  if (!found) throw new Error(`<${component} id="${id}" />: there is no content/${collection}/${id}.yaml`);
  return found;
}

export const getSource = (id: string) => named('sources', id, 'Source');

export const getAmount = (id: string) => named('amounts', id, 'Amount');

/** The words of 'Wat geldt voor mij?' in the reader's locale, or Dutch. */
export function getChecklistTexts(locale: LocaleCode) {
  return inLocale('checklist', locale, '');
}
