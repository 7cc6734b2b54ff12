/**
 * What the tests know about the built site in dist/, read from the build output and the
 * content files themselves, never from the code that renders them.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);

export { notFoundPaths, sitemapPaths } from '../site-map.ts';

/** The built HTML of a page path. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
  return readFileSync(new URL(file, dist), 'utf8');
}

/** Frontmatter and body of a content file, e.g. content('conclusions/nl/1.mdx'). */
// biome-ignore lint/suspicious/noExplicitAny: content files of every kind; each test reads the fields it checks.
export function content(path: string): { data: Record<string, any>; body: string } {
  const text = readFileSync(new URL(`content/${path}`, root), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`content/${path} has no frontmatter`);
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

/** A YAML content file, e.g. yamlFile('study/uk.yaml'). */
// biome-ignore lint/suspicious/noExplicitAny: as content() above.
export function yamlFile(path: string): Record<string, any> {
  return parse(readFileSync(new URL(`content/${path}`, root), 'utf8'));
}

/** The paragraphs of an MDX body, as a reader sees their text (no headings, lists or components). */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter((b) => b && !/^(#|<|\d+\.\s|- )/.test(b));
}

/** A reader of one locale's interface strings, e.g. uiStrings('uk')('skipLink'). */
export function uiStrings(code: string): (key: string) => string {
  const strings: Record<string, string> = JSON.parse(readFileSync(new URL(`src/i18n/ui/${code}.json`, root), 'utf8'));
  return (key) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`src/i18n/ui/${code}.json has no key ${key}`);
    return value;
  };
}

/** Text with runs of white space as one space, as a reader sees it. */
export const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

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
