/**
 * The content files and interface strings as the tests read them: straight from disk, never
 * through the code that renders them. No build needed.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);

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
