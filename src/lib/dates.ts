/**
 * Dates as a source states them, in the reader's locale, at the precision given:
 * '2025' → '2025', '2025-11' → 'november 2025', '2025-11-28' → '28 november 2025'.
 */
import { localeByCode, type LocaleCode } from '../i18n/locales';

export function formatStatedDate(date: string, locale: LocaleCode): string {
  const tag = localeByCode(locale).tag;
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const value = new Date(`${year}-${month}-${day ?? '01'}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tag, options).format(value);
}
