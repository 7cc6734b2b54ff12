/**
 * The content folder as the page types read it (see `ContentFolder` in page-types.ts), straight
 * from disk: plain Node, for the translation status and the tests, which run outside Astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sourceLocale } from '../i18n/locales.ts';
import { type ContentFolder, type PageTexts, pageTypes } from '../site/page-types.ts';

export function contentFolder(contentDir: string): ContentFolder {
  const list = (dir: string) => (existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir), { recursive: true, encoding: 'utf8' }).sort() : []);
  const parsed = new Map<string, Record<string, unknown>>();
  const read = (file: string) => {
    if (!parsed.has(file)) {
      try {
        parsed.set(file, parse(readFileSync(join(contentDir, file), 'utf8')) ?? {});
      } catch {
        parsed.set(file, {}); // The build names the file and the fault; the status only skips it.
      }
    }
    return parsed.get(file) ?? {};
  };
  return {
    mdx: (collection) => list(`${collection}/${sourceLocale}`).filter((f) => f.endsWith('.mdx')),
    yaml: (collection) =>
      list(collection)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => `${collection}/${f}`),
    read,
  };
}

/** Every page that shows translated content, with its texts; a page whose texts are not there is left out. */
export function pageTexts(content: ContentFolder): PageTexts[] {
  return pageTypes.flatMap((p) => p.texts?.(content) ?? []).filter((p) => (p.files ? p.files(sourceLocale).length > 0 : (p.parts?.length ?? 0) > 0));
}
