import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import * as schemas from './schemas';

// Content lives outside src/ so editors find it; tests point CONTENT_DIR at a fixture.
const base = process.env.CONTENT_DIR ?? './content';

/** Files are found by their path ('nl/werken/index'): the path is the translation key. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');
const files = (pattern: string, folder: string) => glob({ pattern, base: `${base}/${folder}`, generateId: pathId });

export const collections = {
  conclusions: defineCollection({
    loader: files('*/*.mdx', 'conclusions'),
    schema: schemas.conclusion,
  }),
  letter: defineCollection({
    loader: files('*/*.mdx', 'letter'),
    schema: schemas.letterPart,
  }),
  study: defineCollection({
    loader: files('*.yaml', 'study'),
    schema: schemas.study,
  }),
  figures: defineCollection({
    loader: files('*.yaml', 'figures'),
    schema: schemas.figure,
  }),
  sources: defineCollection({
    loader: files('*.yaml', 'sources'),
    schema: schemas.source,
  }),
  amounts: defineCollection({
    loader: files('*.yaml', 'amounts'),
    schema: schemas.amount,
  }),
  guidance: defineCollection({
    loader: files('*/*/*.mdx', 'guidance'),
    schema: schemas.guidance,
  }),
  glossary: defineCollection({
    loader: files('*.yaml', 'glossary'),
    schema: schemas.glossaryTerm,
  }),
  renderings: defineCollection({
    loader: files('*.yaml', 'renderings'),
    schema: schemas.renderings,
  }),
  activities: defineCollection({
    loader: files('*.yaml', 'activities'),
    schema: schemas.activity,
  }),
  commitments: defineCollection({
    loader: files('*.yaml', 'commitments'),
    schema: schemas.commitment,
  }),
  stances: defineCollection({
    loader: files('*.yaml', 'stances'),
    schema: schemas.stance,
  }),
  timeline: defineCollection({
    loader: files('*.yaml', 'timeline'),
    schema: schemas.timelineEvent,
  }),
  checklist: defineCollection({
    loader: files('[a-z][a-z].yaml', 'checklist'),
    schema: schemas.checklistTexts,
  }),
  checklistSteps: defineCollection({
    loader: file(`${base}/checklist/steps.yaml`),
    schema: schemas.checklistStep,
  }),
  pages: defineCollection({
    loader: files('*/*.mdx', 'pages'),
    schema: schemas.page,
  }),
};
