import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The widths every page is checked at. */
export const desktop = { name: 'desktop', width: 1280, height: 800 };
export const narrow = { name: '320 px', width: 320, height: 640 };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe with the WCAG 2.2 A and AA rules, put in the page once and run there in one pass: the site
 * has no frames (a test in accessibility.spec.ts checks that), so nothing needs merging across
 * frames. Full detail only for violations; passes still list their rules. Much faster on long
 * pages. (@axe-core/playwright took about 630 ms a check; this about 310 for a page's first and
 * 250 for its next, measured on 20 pages.)
 */
export async function axe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcag22aa,
  );
}
