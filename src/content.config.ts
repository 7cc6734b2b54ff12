import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as schemas from './schemas';

// Content lives outside src/ so editors find it; tests point CONTENT_DIR at a fixture.
const base = process.env.CONTENT_DIR ?? './content';

export const collections = {
  conclusions: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${base}/conclusions` }),
    schema: schemas.conclusion,
  }),
  letter: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${base}/letter` }),
    schema: schemas.letterPart,
  }),
  study: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/study` }),
    schema: schemas.study,
  }),
  figures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/figures` }),
    schema: schemas.figure,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${base}/pages` }),
    schema: schemas.page,
  }),
};
