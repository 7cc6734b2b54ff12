/**
 * Dates as a source states them, in the reader's locale, at the precision given:
 * '2025' → '2025', '2025-11' → 'november 2025', '2025-11-28' → '28 november 2025'.
 */
import { formatTag, type LocaleCode } from '../i18n/locales';
import type { Translate } from '../i18n/t';

export function formatStatedDate(date: string, locale: LocaleCode): string {
  const tag = formatTag(locale);
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const value = new Date(`${year}-${month}-${day ?? '01'}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tag, options).format(value);
}

/**
 * A known date of the commitments and the timeline (see `knownDate` in schemas.ts): as
 * `formatStatedDate`, and 'after 2025-10-15' → 'na 15 oktober 2025'.
 */
export function formatKnownDate(date: string, locale: LocaleCode, t: Translate): string {
  return date.startsWith('after ') ? t('date.after', { date: formatStatedDate(date.slice(6), locale) }) : formatStatedDate(date, locale);
}
