/**
 * How far each translation of each page is behind, read from the content files' git
 * history: 'missing' (no file), 'outdated' (the Dutch file changed in a later commit than
 * the translation), 'up-to-date', or 'unknown' where there is no history to read (not a
 * git checkout, or a shallow clone). Plain Node, so the build and the command share it.
 *
 * @example
 * translationStatus('./content').pages.find((p) => p.route === 'conclusies/5/')?.states.en // 'up-to-date'
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, sourceLocale, type LocaleCode } from './locales.ts';
import { routes } from './routes.ts';

export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'unknown';

export interface PageTranslations {
  route: string;
  /** The Dutch files the page is made of, relative to the content folder. */
  files: string[];
  states: Record<LocaleCode, TranslationState>;
}

/** Pages whose text is a translated file per locale: the file's path without its locale, and its route. */
function translatedPages(contentDir: string): { route: string; files: (locale: LocaleCode) => string[] }[] {
  const list = (dir: string) => (existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir), { recursive: true, encoding: 'utf8' }) : []);
  const mdx = (collection: string) => list(`${collection}/${sourceLocale}`).filter((f) => f.endsWith('.mdx')).sort();
  const at = (collection: string, rest: string) => (locale: LocaleCode) => [`${collection}/${locale}/${rest}`];
  return [
    { route: routes.study, files: (l: LocaleCode) => [`study/${l}.yaml`] },
    { route: routes.letter, files: (l: LocaleCode) => mdx('letter').map((f) => `letter/${l}/${f}`) },
    ...mdx('conclusions').map((f) => ({ route: routes.conclusion(Number(f.replace('.mdx', ''))), files: at('conclusions', f) })),
    ...mdx('guidance').map((f) => {
      const [section = '', slug = ''] = f.replace('.mdx', '').split('/');
      return { route: routes.guidance(section, slug), files: at('guidance', f) };
    }),
    ...mdx('pages').map((f) => ({ route: `${f.replace('.mdx', '')}/`, files: at('pages', f) })),
  ];
}

const git = (cwd: string, args: string[]) => execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * For every file under the content folder, how recent its last change is: 0 for a change
 * not yet committed, else 1 + the number of newer commits. Undefined without history.
 */
function changeOrder(contentDir: string): Map<string, number> | undefined {
  try {
    if (git(contentDir, ['rev-parse', '--is-shallow-repository']).trim() !== 'false') return undefined;
    const order = new Map<string, number>();
    const prefix = git(contentDir, ['rev-parse', '--show-prefix']).trim();
    for (const line of git(contentDir, ['status', '--porcelain', '--untracked-files=all', '--', '.']).split('\n')) {
      const path = line.slice(3).trim();
      if (path) order.set(path.startsWith(prefix) ? path.slice(prefix.length) : path, 0);
    }
    let commit = 0;
    for (const line of git(contentDir, ['log', '--relative', '--name-only', '--format=%x00', '--', '.']).split('\n')) {
      if (line.startsWith('\0')) commit += 1;
      else if (line.trim() && !order.has(line.trim())) order.set(line.trim(), commit);
    }
    return order;
  } catch {
    return undefined;
  }
}

export function translationStatus(contentDir: string): { history: boolean; pages: PageTranslations[] } {
  const order = changeOrder(contentDir);
  const pages = translatedPages(contentDir).map(({ route, files }) => {
    const dutch = files(sourceLocale);
    const states = Object.fromEntries(
      localeCodes.map((locale): [LocaleCode, TranslationState] => {
        const own = files(locale);
        if (locale === sourceLocale) return [locale, 'up-to-date'];
        if (own.some((f) => !existsSync(join(contentDir, f)))) return [locale, 'missing'];
        if (!order) return [locale, 'unknown'];
        // Lower is newer: a Dutch file changed after its translation makes the page outdated.
        const behind = dutch.some((f, i) => (order.get(f) ?? Infinity) < (order.get(own[i] ?? '') ?? Infinity));
        return [locale, behind ? 'outdated' : 'up-to-date'];
      }),
    ) as Record<LocaleCode, TranslationState>;
    return { route, files: dutch, states };
  });
  return { history: !!order, pages };
}
