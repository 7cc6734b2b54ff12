/**
 * What the search index knows of a page besides its text: the section it belongs to
 * (a filter), the conclusion it is about (a filter) and who it is for (a filter). Derived
 * from the page's route, so a new page lands in the right section without extra markup.
 */
import { routes } from '../i18n/routes.ts';

/** Filter keys; the search page shows each with its label from the interface strings. */
export const searchSections = ['study', 'conclusion', 'letter', 'figures', 'commitments', 'work', 'ukraine', 'activities', 'glossary', 'site'] as const;
export type SearchSection = (typeof searchSections)[number];

const sectionByFirstSegment: Record<string, SearchSection> = {
  [routes.study]: 'study',
  [routes.conclusions]: 'conclusion',
  [routes.letter]: 'letter',
  [routes.figures]: 'figures',
  [routes.commitments]: 'commitments',
  [routes.timeline]: 'commitments',
  [routes.guidance('werken', 'index')]: 'work',
  [routes.guidance('oekraine', 'index')]: 'ukraine',
  [routes.activities]: 'activities',
  [routes.glossary]: 'glossary',
};

/** The section of a route ('conclusies/3/' → 'conclusion'); home and the about pages are 'site'. */
export function searchSection(route: string): SearchSection {
  const first = route.split('/')[0];
  return sectionByFirstSegment[`${first}/`] ?? 'site';
}

/** The conclusion a route is about: `conclusies/3/` → 3. */
export function conclusionOfRoute(route: string): number | undefined {
  const match = /^conclusies\/(\d+)\/$/.exec(route);
  return match ? Number(match[1]) : undefined;
}

/** Who a guidance section is for, as an activity audience key. */
export const guidanceAudience = { werken: 'arbeidsmigranten', oekraine: 'oekrainers' } as const;
