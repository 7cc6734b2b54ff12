/**
 * What the search index knows of a page besides its text: the section it belongs to
 * (a filter, from its page type in src/site/page-types.ts), the conclusion it is about (a
 * filter) and who it is for (a filter). Derived from the page's route, so a new page lands
 * in the right section without extra markup.
 */
import { conclusionRoute, pageTypeOf } from './page-types.ts';

/** Filter keys; the search page shows each with its label from the interface strings. */
export const searchSections = ['study', 'conclusion', 'letter', 'figures', 'commitments', 'work', 'ukraine', 'activities', 'glossary', 'site'] as const;
export type SearchSection = (typeof searchSections)[number];

/** The section of a route ('conclusies/3/' → 'conclusion'), as its page type says. */
export function searchSection(route: string): SearchSection {
  const { name, search } = pageTypeOf(route);
  if (!search) throw new Error(`The ${name} page (${route}) is not in the search index, so it has no section`);
  return search;
}

/** The conclusion a route is about: `conclusies/3/` → 3. */
export function conclusionOfRoute(route: string): number | undefined {
  const match = conclusionRoute.exec(route);
  return match ? Number(match[1]) : undefined;
}
