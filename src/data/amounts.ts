/**
 * How a time-bound amount reads (see `amount` in schemas.ts): the sum in the reader's number
 * format, and the period it applies to, with a plain word where no source has a newer amount.
 *
 * @example
 * amountWords(minimumWage, 'nl', t)  // '€ 14,71 bruto per uur'
 * amountPeriod(minimumWage, 'nl', t) // 'van 1 januari 2026 tot en met 30 juni 2026; een nieuwer bedrag staat niet in onze bronnen'
 */
import type { z } from 'astro/zod';
import { formatTag, type LocaleCode } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import type { amount } from '../schemas';
import { formatStatedDate } from '../format/dates';

type Amount = z.infer<typeof amount>;

export function amountWords(a: Amount, locale: LocaleCode, t: Translate): string {
  const money = new Intl.NumberFormat(formatTag(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(a.value) ? 0 : 2,
  }).format(a.value);
  return [money, a.gross && t('amount.gross'), a.per && t(`amount.per.${a.per}`)].filter(Boolean).join(' ');
}

export function amountPeriod(a: Amount, locale: LocaleCode, t: Translate): string {
  const date = (d: string) => formatStatedDate(d, locale);
  const period =
    a.from && a.until
      ? t('amount.period.range', { from: date(a.from), until: date(a.until) })
      : a.from
        ? t('amount.period.from', { from: date(a.from) })
        : t('amount.period.until', { until: date(a.until ?? '') });
  return a.newerInSources ? period : `${period}; ${t('amount.newerNotInSources')}`;
}
