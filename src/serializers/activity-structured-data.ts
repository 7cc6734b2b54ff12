/**
 * schema.org data for an activity page. Only documented facts are included: an Event
 * with a schedule where the source gives one, else a plain Thing-like Event without
 * dates would mislead, so it becomes a `Service` offered by the organiser.
 */
import type { Activity } from '../data/activities';

const days: Record<string, string> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};

export function structuredData(activity: Activity, name: string, description: string, url: string, inLanguage: string) {
  const a = activity.data;
  const place =
    a.where.place || a.where.address || a.where.area
      ? { '@type': 'Place', name: a.where.place, address: a.where.address, containedInPlace: a.where.area }
      : undefined;
  const base = { '@context': 'https://schema.org', name, description, url, inLanguage, provider: { '@type': 'Organization', name: a.organiser } };
  const free = a.cost.kind === 'free' ? { isAccessibleForFree: true } : {};
  if (a.when.kind === 'weekly') {
    return {
      ...base,
      ...free,
      '@type': 'Event',
      organizer: base.provider,
      location: place,
      eventSchedule: { '@type': 'Schedule', byDay: a.when.days.map((d) => days[d]), startTime: a.when.start, endTime: a.when.end, repeatFrequency: 'P1W' },
    };
  }
  if (a.when.kind === 'dates') {
    return { ...base, ...free, '@type': 'Event', organizer: base.provider, location: place, startDate: a.when.from, endDate: a.when.to };
  }
  return { ...base, ...free, '@type': 'Service', areaServed: place };
}
