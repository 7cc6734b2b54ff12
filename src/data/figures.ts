/**
 * Formatting of figures per locale: the value as the reader's locale writes it.
 */
import type { CollectionEntry } from 'astro:content';
import { formatTag, type LocaleCode } from '../i18n/locales';
import type { Translate } from '../i18n/t';

export function formatFigure(figure: CollectionEntry<'figures'>['data'], locale: LocaleCode, t: Translate): string {
  const tag = formatTag(locale);
  const { value, unit } = figure;
  let formatted: string;
  if (typeof value === 'string') {
    formatted = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));
  } else if (unit === 'percent') {
    formatted = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  } else {
    formatted = t(`unit.${unit}` as Parameters<Translate>[0], { count: value });
  }
  return figure.expected ? t('figures.expected', { value: formatted }) : formatted;
}
