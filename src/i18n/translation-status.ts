/**
 * How far each translation of each page is behind, read from git history, text by text.
 * A text is a whole translated file (a conclusion, a guidance page) or one field of a
 * shared YAML file that holds every locale (a figure's definition, a commitment's summary).
 * Per page and locale:
 * - 'missing': the page has no translation (its own file is missing, or none of its texts is translated);
 * - 'outdated': a Dutch text the page shows changed in a later commit than its translation;
 * - 'partial': translated, but some texts it shows are not, and are shown in Dutch;
 * - 'up-to-date'; or 'unknown' where there is no history to read (not a git checkout, or a
 *   shallow clone).
 * The interface strings (`src/i18n/ui/`) are followed key by key the same way. Plain Node,
 * so the build and the command share it.
 *
 * @example
 * translationStatus('./content').pages.find((p) => p.route === 'conclusies/5/')?.states.en // 'up-to-date'
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFolderHistory, type Versions } from './git-history.ts';
import { localeCodes, sourceLocale, type LocaleCode } from './locales.ts';
import { uiFolder } from './ui-files.ts';
import { localizedFields, uiTexts, type LocalizedFields } from './localized-fields.ts';
import { contentFolder, pageTexts } from '../data/content-folder.ts';

export type TranslationState = 'up-to-date' | 'outdated' | 'partial' | 'missing' | 'unknown';

export interface Translations {
  states: Record<LocaleCode, TranslationState>;
  /** Per locale, the texts whose Dutch original changed after them ('figures/x.yaml: definition'). */
  outdated: Record<LocaleCode, string[]>;
  /** Per locale, the texts with no translation, shown in Dutch. */
  missing: Record<LocaleCode, string[]>;
}

export interface PageTranslations extends Translations {
  route: string;
}

export interface TranslationStatus {
  history: boolean;
  pages: PageTranslations[];
  /** The interface strings, key by key; undefined where the folder is not there. */
  ui: Translations | undefined;
}

/** One text to translate: which locales have it, and when each last changed (lower is newer). */
interface Text {
  name: string;
  present: Set<LocaleCode>;
  changed: Partial<Record<LocaleCode, number>>;
}

/** The glossary's `translation` has no Dutch entry: it translates the term. */
const dutchFrom = (file: string): Record<string, string> => (file.startsWith('glossary/') ? { translation: 'term' } : {});

const none = new Set<number>();

/** A file's translated texts at each change, newest first (see `FolderHistory.versions`). */
type FieldVersions = { change: number; fields: LocalizedFields }[];

/**
 * When one locale's value of one field last changed: the number of the newest change at
 * which it differs from the version before it (or there was none before), passing over the
 * changes in `unaffected` (see `FolderHistory.unaffected`). Undefined where the value is absent now.
 */
function fieldChange(versions: FieldVersions, field: string, locale: LocaleCode, unaffected: Set<number>): number | undefined {
  const value = (i: number) => versions[i]?.fields.get(field)?.[locale];
  if (value(0) === undefined) return undefined;
  for (let i = 0; i < versions.length; i++) {
    const change = versions[i]?.change ?? 0;
    if (value(i) !== value(i + 1) && !unaffected.has(change)) return change;
  }
  return undefined;
}

/**
 * The texts of the newest version that have a Dutch original, with the locales that translate
 * them and when each changed; `unaffected` is undefined where there is no history to read.
 */
function textsOf(
  versions: FieldVersions,
  unaffected: Set<number> | undefined,
  name: (field: string) => string,
  wanted: (field: string) => boolean = () => true,
): Text[] {
  return [...(versions[0]?.fields ?? [])]
    .filter(([field, texts]) => wanted(field) && texts[sourceLocale])
    .map(([field, texts]) => ({
      name: name(field),
      present: new Set(localeCodes.filter((l) => texts[l])),
      // A Dutch edit marked as needing no new translation does not count; every edit of a translation does.
      changed: unaffected ? Object.fromEntries(localeCodes.map((l) => [l, fieldChange(versions, field, l, l === sourceLocale ? unaffected : none)])) : {},
    }));
}

/** The texts of a shared YAML file, field by field (only the given fields and their parts, where given). */
function fieldTexts(contentDir: string, file: string, history: Versions[] | undefined, unaffected: Set<number> | undefined, only?: string[]): Text[] {
  const parse = (text: string | undefined) => localizedFields(text, dutchFrom(file));
  const versions = history
    ? history.map((v) => ({ change: v.change, fields: parse(v.texts.get(file)) }))
    : [{ change: 0, fields: parse(readFileSync(join(contentDir, file), 'utf8')) }];
  const wanted = (path: string) => !only || only.some((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
  return textsOf(versions, history && unaffected, (path) => `${file}: ${path}`, wanted);
}

/** The state of a page (or the interface) in every locale, from its own files' texts and the other texts it shows. */
function translations(own: Text[], shown: Text[], history: boolean): Translations {
  const all = [...own, ...shown];
  const per = <T>(f: (locale: LocaleCode) => T) => Object.fromEntries(localeCodes.map((l) => [l, f(l)])) as Record<LocaleCode, T>;
  const missing = per((l) => all.filter((t) => !t.present.has(l)).map((t) => t.name));
  // Lower is newer: a Dutch text changed after its translation is outdated.
  const outdated = per((l) =>
    history ? all.filter((t) => t.present.has(l) && (t.changed[sourceLocale] ?? Infinity) < (t.changed[l] ?? Infinity)).map((t) => t.name) : [],
  );
  const states = per((l): TranslationState => {
    if (l === sourceLocale) return 'up-to-date';
    const absent = (t: Text) => !t.present.has(l);
    if (own.length > 0 ? own.some(absent) : all.every(absent)) return 'missing';
    if (outdated[l].length > 0) return 'outdated';
    if (missing[l].length > 0) return 'partial';
    return history ? 'up-to-date' : 'unknown';
  });
  return { states, outdated, missing };
}

/** The interface strings of every locale, key by key (plural forms together), over their shared history. */
function uiTranslations(uiDir: string): Translations | undefined {
  if (!existsSync(join(uiDir, `${sourceLocale}.json`))) return undefined;
  const history = readFolderHistory(uiDir);
  const files = localeCodes.map((l) => `${l}.json`);
  const versions = (
    history?.versions([files])[0] ?? [
      { change: 0, texts: new Map(files.map((f) => [f, existsSync(join(uiDir, f)) ? readFileSync(join(uiDir, f), 'utf8') : undefined])) },
    ]
  ).map((v) => ({ change: v.change, fields: keyTable(localeCodes.map((l) => [l, uiTexts(v.texts.get(`${l}.json`))])) }));
  const texts = textsOf(versions, history?.unaffected, (key) => key);
  return translations([], texts, !!history);
}

/** Interface strings by key, then by locale: the same shape as a YAML file's fields. */
function keyTable(perLocale: [LocaleCode, Map<string, string>][]): LocalizedFields {
  const table: LocalizedFields = new Map();
  for (const [locale, texts] of perLocale) for (const [key, text] of texts) table.set(key, { ...table.get(key), [locale]: text });
  return table;
}

export function translationStatus(contentDir: string, uiDir = uiFolder): TranslationStatus {
  const history = readFolderHistory(contentDir);
  const specs = pageTexts(contentFolder(contentDir));
  // Every shared file's versions in one read of the history.
  const shared = [...new Set(specs.flatMap((p) => p.parts?.map((part) => part.file) ?? []))];
  const versions = new Map(history?.versions(shared.map((f) => [f])).map((v, i) => [shared[i] ?? '', v]));
  const cache = new Map<string, Text[]>();
  const shown = (file: string, fields?: string[]) => {
    const key = `${file}|${fields?.join()}`;
    if (!cache.has(key)) cache.set(key, fieldTexts(contentDir, file, versions.get(file), history?.unaffected, fields));
    return cache.get(key) ?? [];
  };
  const pages = specs.map(({ route, files, parts = [] }) => {
    const own: Text[] = (files?.(sourceLocale) ?? []).map((dutch, i) => {
      const of = (l: LocaleCode) => files?.(l)[i] ?? '';
      return {
        name: dutch,
        present: new Set(localeCodes.filter((l) => existsSync(join(contentDir, of(l))))),
        changed: Object.fromEntries(
          localeCodes.map((l) => [l, (l === sourceLocale ? history?.lastChangeNeedingTranslation : history?.lastChange)?.get(of(l))]),
        ),
      };
    });
    return {
      route,
      ...translations(
        own,
        parts.flatMap((p) => shown(p.file, p.fields)),
        !!history,
      ),
    };
  });
  return { history: !!history, pages, ui: uiTranslations(uiDir) };
}
