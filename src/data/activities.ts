/**
 * How an activity's fields read in the reader's locale, shared by the finder and the
 * activity pages. Anything the source leaves open reads as 'unknown', never as a guess.
 */
import type { CollectionEntry } from 'astro:content';
import { localeByCode, type LocaleCode } from '../i18n/locales';
import type { Translate, UiKey } from '../i18n/t';
import { formatStatedDate } from '../format/dates';

export type Activity = CollectionEntry<'activities'>;

export function describeWhen(when: Activity['data']['when'], locale: LocaleCode, t: Translate): string | undefined {
  switch (when.kind) {
    case 'weekly': {
      const days = new Intl.ListFormat(localeByCode(locale).tag, { type: 'conjunction' }).format(when.days.map((d) => t(`day.${d}` as UiKey)));
      return t('activity.weekly', { days, start: when.start, end: when.end });
    }
    case 'appointment':
      return t('activity.appointment');
    case 'dates':
      return t('activity.dates', { from: formatStatedDate(when.from, locale), to: formatStatedDate(when.to, locale) });
    default:
      return undefined;
  }
}

export function describeCost(cost: Activity['data']['cost'], t: Translate): string | undefined {
  if (cost.kind === 'free') return t('activity.free');
  if (cost.kind === 'paid') return cost.amount ?? t('activity.paid');
  return undefined;
}

/** A language's name in the reader's language ('uk' → 'Oekraïens'). */
export function languageName(code: string, locale: LocaleCode): string {
  return new Intl.DisplayNames([localeByCode(locale).tag], { type: 'language' }).of(code) ?? code;
}

/** The values the finder filters on, as the card's data attributes; lists are joined with '|' since places may contain spaces. */
export function filterAttributes(a: Activity['data']) {
  return {
    'data-finder-item': '',
    'data-category': a.category,
    'data-audience': a.audience.join('|'),
    'data-language': a.languages.join('|'),
    'data-day': a.when.kind === 'weekly' ? a.when.days.join('|') : '',
    'data-area': a.where.area ?? '',
    'data-free': String(a.cost.kind === 'free'),
  };
}

/**
 * Whether an activity's source is certainly more than a year old on `today`: its date, read as
 * late as it can mean ('2024' is up to 31 December 2024), lies more than a year before. A date
 * known only as after a day ('after 2025-10-15') may be recent, so it never counts as old.
 *
 * @example
 * sourceOlderThanAYear('2024-05', new Date('2025-06-02')) // true
 * sourceOlderThanAYear('after 2020-01-01', new Date('2025-06-02')) // false
 */
export function sourceOlderThanAYear(date: string, today: Date): boolean {
  if (date.startsWith('after ')) return false;
  const [year = 0, month, day] = date.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const latest = day ? Date.UTC(year, (month ?? 1) - 1, day) : month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
  const yearBefore = new Date(today);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  return latest < yearBefore.getTime();
}
