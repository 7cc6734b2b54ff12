/**
 * The built styles place things by the direction of the text, never by left and right, so a
 * right-to-left page (Arabic) mirrors without styles of its own: every physical property that
 * has a logical one is refused.
 */
import { expect, test } from 'vitest';
import { pages } from './built-pages.ts';

// Physical properties and values that have a logical counterpart (margin-inline-start, inset-inline-end, text-align: start …).
const physical =
  /(?<![\w-])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;
const physicalIn = (css: string) => [...css.matchAll(physical)].map((m) => m[0]);

test('no built stylesheet uses a left or right property where a logical one exists', () => {
  // The stylesheet is written into each page (astro.config.mjs): each different one once.
  const styles = new Set(pages.flatMap((p) => p.inlineStyles));
  expect(styles.size).toBeGreaterThan(0);
  for (const css of styles) expect(physicalIn(css)).toEqual([]);
});

test('the check finds physical properties, and leaves logical ones alone', () => {
  expect(physicalIn('.a{margin-left:1rem;text-align:right}.b{left:0}.c{border-right-width:2px}')).toEqual([
    'margin-left:',
    'text-align:right',
    'left:',
    'border-right-width:',
  ]);
  expect(physicalIn('.a{margin-inline-start:1rem;inset-inline-end:0;text-align:start;scroll-margin-block-start:1rem}')).toEqual([]);
});
