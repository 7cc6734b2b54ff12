import { localeByCode, type LocaleCode } from '../i18n/locales';

/**
 * A message for every plural form of the reader's language, with `{count}` left for the
 * browser to fill in (`src/scripts/plural.ts`): i18next stays on the server.
 */
export function pluralTemplates(locale: LocaleCode, render: (count: number) => string): Record<string, string> {
  const rules = new Intl.PluralRules(localeByCode(locale).tag);
  const templates: Record<string, string> = {};
  // Whole numbers up to 200 reach every form a count of results can take.
  for (let n = 0; n < 200; n += 1) {
    templates[`data-plural${rules.select(n)}`] ??= render(n).replace(String(n), '{count}');
  }
  return templates;
}
