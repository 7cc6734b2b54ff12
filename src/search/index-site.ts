/**
 * Builds the Pagefind index of a built site. Runs at the end of every Astro build
 * (src/integrations/search-index.ts), so every build is searchable; any indexing error fails
 * the build before the site is published.
 *
 * Pagefind reads a copy of each page prepared for search (the page on disk is unchanged):
 * - every block of the letter becomes a sub-result, so a result can point to the exact
 *   paragraph (see `letter-blocks.ts`);
 * - Dutch compounds are split so their parts are found (see `compounds.ts`).
 * Which pages are indexed, and with which filters, the pages say themselves
 * (`data-pagefind-body`, see `Base.astro`); Pagefind makes one index per `<html lang>`.
 * Its word index is then cut into smaller chunks, so a search fetches less (`index-chunks.ts`).
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { locales, sourceLocale, type LocaleCode } from '../i18n/locales.ts';
import { splitCompounds, vocabulary } from './compounds.ts';
import { recutIndex } from './index-chunks.ts';
import { titleLetterBlocks } from './letter-blocks.ts';

// Pagefind's ready-made interfaces; the site has its own search page (src/scripts/search.ts).
const unusedBundleFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const languageOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const textOf = (html: string) => [...html.matchAll(/>([^<]+)</g)].map((m) => m[1] ?? '').join(' ');

function prepare(html: string, lang: string, dutchWords: ReturnType<typeof vocabulary>): string {
  const locale = locales.find((l) => l.tag === lang)?.code as LocaleCode | undefined;
  if (!locale) throw new Error(`<html lang="${lang}"> is not a locale of the site`);
  // Pagefind runs a term and its definition together ('Telefoon0800'); a space keeps them apart.
  const titled = titleLetterBlocks(html).replace(/<\/(dt|dd)>/g, ' </$1>');
  if (locale !== sourceLocale) return titled;
  const allSplits = new Set<string>();
  const main = mainOf(titled);
  const splitMain = main.replace(/>([^<]+)</g, (_, text: string) => {
    const { text: out, splits } = splitCompounds(text, dutchWords);
    for (const s of splits) allSplits.add(s);
    return `>${out}<`;
  });
  // The search page needs the hyphenated forms to join them again in what it shows.
  const splitsMeta = `<span data-pagefind-meta="splits:${[...allSplits].join(' ')}"></span>`;
  // Functions as replacements, so a '$' in the page's text is not read as a pattern.
  return titled.replace(main, () => splitMain.replace(/<main\b[^>]*>/, (open) => `${open}${splitsMeta}`));
}

/** Indexes the built site in `site` into `site/pagefind/`; says what it indexed. */
export async function indexSite(site: string): Promise<string> {
  const pages: { path: string; html: string; lang: string }[] = [];
  for (const path of await htmlFiles(site)) {
    const html = await readFile(path, 'utf8');
    if (!/<main\b[^>]*\sdata-pagefind-body/.test(html)) continue;
    pages.push({ path, html, lang: languageOf(html) });
  }

  const dutchWords = vocabulary(pages.filter((p) => p.lang === sourceLocale).map((p) => textOf(mainOf(p.html))));
  const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: ['nav', '[data-notice]'] });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  const problems: string[] = [...createErrors];
  const perLanguage = new Map<string, number>();
  for (const page of pages) {
    const sourcePath = relative(site, page.path);
    const { errors } = await index.addHTMLFile({ sourcePath, content: prepare(page.html, page.lang, dutchWords) });
    problems.push(...errors.map((e) => `${sourcePath}: ${e}`));
    perLanguage.set(page.lang, (perLanguage.get(page.lang) ?? 0) + 1);
  }
  const missing = locales.filter((l) => !perLanguage.has(l.tag)).map((l) => l.code);
  if (missing.length > 0) problems.push(`no indexed page in ${missing.join(', ')}: check data-pagefind-body in Base.astro`);

  const { errors: writeErrors, outputPath } = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  problems.push(...writeErrors);
  await pagefind.close();
  if (problems.length > 0) throw new Error(`Search index failed:\n- ${problems.join('\n- ')}`);
  for (const file of await readdir(outputPath)) if (unusedBundleFiles.test(file)) await rm(join(outputPath, file));
  const chunks = await recutIndex(outputPath);
  return `${[...perLanguage].map(([lang, n]) => `${lang} ${n}`).join(', ')} pages → ${relative('.', outputPath)}; ${chunks}`;
}
