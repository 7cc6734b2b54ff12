/**
 * The translated texts inside one file, so their history can be followed text by text:
 * the fields of a YAML content file that hold one text per locale, and the interface
 * strings of a locale's JSON file.
 */
import { parse } from 'yaml';
import { isLocaleCode, sourceLocale, type LocaleCode } from './locales.ts';

export type LocalizedFields = Map<string, Partial<Record<LocaleCode, string>>>;

/**
 * Every field of a YAML file that is a map of locale codes to texts, by its path. A map
 * without a Dutch entry translates a plain Dutch field of the same file, named in
 * `dutchFrom` (the glossary's `translation` translates its `term`). Text that does not
 * parse has no fields.
 *
 * @example
 * localizedFields('label: { nl: Doel, en: Aim }\nhistory: [{ note: { nl: x } }]')
 * // Map { 'label' => { nl: 'Doel', en: 'Aim' }, 'history[0].note' => { nl: 'x' } }
 */
export function localizedFields(text: string | undefined, dutchFrom: Record<string, string> = {}): LocalizedFields {
  const fields: LocalizedFields = new Map();
  let data: unknown;
  try {
    data = text === undefined ? undefined : parse(text);
  } catch {
    return fields;
  }
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([key]) => isLocaleCode(key))) fields.set(path, Object.fromEntries(entries.map(([k, v]) => [k, stringOf(v)])));
      else for (const [key, v] of entries) walk(v, path ? `${path}.${key}` : key);
    }
  };
  walk(data, '');
  for (const [field, dutchField] of Object.entries(dutchFrom)) {
    const dutch = data && typeof data === 'object' ? (data as Record<string, unknown>)[dutchField] : undefined;
    const texts = fields.get(field);
    if (texts && dutch !== undefined) texts[sourceLocale] = stringOf(dutch);
  }
  return fields;
}

const stringOf = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** i18next's plural suffixes: each locale has its own set of forms for one key. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The interface strings of one locale file by key, a key's plural forms joined into one
 * text (Dutch has two forms where Ukrainian has four, but they are one string to translate).
 *
 * @example
 * uiTexts('{"a.title": "A", "a.count_one": "1 ding", "a.count_other": "{{count}} dingen"}')
 * // Map { 'a.title' => 'A', 'a.count' => '1 ding\n{{count}} dingen' }
 */
export function uiTexts(text: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  let data: Record<string, unknown> = {};
  try {
    data = text === undefined ? {} : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    return texts;
  }
  for (const [key, value] of Object.entries(data)) {
    const base = key.replace(pluralSuffix, '');
    texts.set(base, texts.has(base) ? `${texts.get(base)}\n${stringOf(value)}` : stringOf(value));
  }
  return texts;
}
