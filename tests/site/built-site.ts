/**
 * What the browser tests know about the built site in dist/, read from the build output and
 * the content files themselves (tests/content/files.ts), never from the code that renders them.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);

import { normalized } from '../html.ts';

export { normalized } from '../html.ts';
export { content, paragraphs, uiStrings, yamlFile } from '../content/files.ts';
export { builtPolicy, notFoundPaths, sitemapPaths } from '../site-map.ts';

/** The built HTML of a page path. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
  return readFileSync(new URL(file, dist), 'utf8');
}

/**
 * An element's text as the letter has it: without the 'link to this' that every citable
 * block ends with. Fails when the element is missing.
 */
export async function blockText(locator: Locator): Promise<string> {
  return normalized(
    await locator.evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const link of copy.querySelectorAll('.permalink')) link.remove();
      return copy.textContent ?? '';
    }),
  );
}
