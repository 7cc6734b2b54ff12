/**
 * The steps of 'Wat geldt voor mij?' for the reader's locale: each with its text, the heading
 * of the guidance that explains it (resolved in that locale's rendering, so the link points to
 * the translated heading) and its source.
 */
import { getCollection, render } from 'astro:content';
import { sourceLocale, type LocaleCode } from '../i18n/locales';
import { localePath, routes } from '../i18n/routes';
import type { GuidanceSection } from './content';
import { getChecklistTexts, getGuidancePage } from './content';
import type { Condition } from '../site/checklist';

export interface ChecklistStep {
  id: string;
  when: Condition | Condition[];
  text: string;
  /** The language of `text`: the reader's, or Dutch where the step is not translated yet. */
  lang: LocaleCode;
  href: string;
  /** The heading the link leads to, in the language of the guidance page. */
  heading: string;
  headingLang: LocaleCode;
  source: string;
}

// Each locale's steps are read once, not once for each of its 30 result pages: a step's link
// renders its guidance page to find the heading.
const stepsOnce = new Map<LocaleCode, Promise<ChecklistStep[]>>();

/** The steps in the order of their Dutch texts (content/checklist/nl.yaml), which reads as a plan. */
export function getChecklistSteps(locale: LocaleCode): Promise<ChecklistStep[]> {
  const steps = stepsOnce.get(locale) ?? readChecklistSteps(locale);
  stepsOnce.set(locale, steps);
  return steps;
}

async function readChecklistSteps(locale: LocaleCode): Promise<ChecklistStep[]> {
  const texts = await getChecklistTexts(locale);
  const order = Object.keys(texts.dutch.data.steps);
  const steps = (await getCollection('checklistSteps')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const unused = order.filter((id) => !steps.some((s) => s.id === id));
  if (unused.length > 0) throw new Error(`content/checklist/${sourceLocale}.yaml, steps: ${unused.join(', ')} not in content/checklist/steps.yaml`);
  return Promise.all(
    steps.map(async ({ data: s }) => {
      const where = `content/checklist/steps.yaml, step ${s.id}`;
      const own = texts.entry.data.steps[s.id];
      const dutch = texts.dutch.data.steps[s.id];
      if (!dutch) throw new Error(`${where}: content/checklist/${sourceLocale}.yaml has no text for it under steps`);
      const [section, slug] = s.guidance.page.split('/') as [GuidanceSection, string];
      const page = await getGuidancePage(locale, section, slug);
      const h2 = (await render(page.entry)).headings.filter((h) => h.depth === 2)[s.guidance.heading - 1];
      if (!h2) throw new Error(`${where}: guidance ${s.guidance.page} has no heading ${s.guidance.heading} (h2, counted from 1)`);
      return {
        id: s.id,
        when: s.when,
        text: own ?? dutch,
        lang: own ? texts.lang : sourceLocale,
        href: `${localePath(locale, routes.guidance(section, slug))}#${h2.slug}`,
        heading: h2.text,
        headingLang: page.lang,
        source: s.source,
      };
    }),
  );
}
