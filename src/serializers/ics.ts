/**
 * iCalendar text for a weekly activity. Lines are CRLF-terminated and folded at 75
 * octets, and text is escaped, as RFC 5545 requires.
 */
import { earliestDay } from '../schemas';
import type { Activity } from '../data/activities';

const byDay: Record<string, string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };
const dayIndex: Record<string, number> = { su: 0, mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6 };

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (new TextEncoder().encode(current + char).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Europe/Amsterdam as RFC 5545 wants it beside every TZID: Central European Time, with summer
 * time from the last Sunday of March (02:00) to the last Sunday of October (03:00).
 */
const amsterdam = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function calendarFor(activity: Activity, url: string): string {
  const a = activity.data;
  if (a.when.kind !== 'weekly') throw new Error(`${activity.id}: only weekly activities have a calendar file`);
  const { days, start, end } = a.when;
  // The first day of the schedule on or after the date the source states for the activity.
  const since = earliestDay(a.statusAsOf);
  const first = new Date(`${since}T00:00:00Z`);
  while (!days.some((d) => dayIndex[d] === first.getUTCDay())) first.setUTCDate(first.getUTCDate() + 1);
  const date = first.toISOString().slice(0, 10).replace(/-/g, '');
  const time = (hhmm: string) => `${hhmm.replace(':', '')}00`;
  const where = [a.where.place, a.where.address, a.where.area].filter(Boolean).join(', ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Migranten in Haarlemmermeer//Activiteiten//NL',
    'CALSCALE:GREGORIAN',
    ...amsterdam,
    'BEGIN:VEVENT',
    `UID:${activity.id}@migranten-haarlemmermeer`,
    `DTSTAMP:${since.replace(/-/g, '')}T000000Z`,
    `DTSTART;TZID=Europe/Amsterdam:${date}T${time(start)}`,
    `DTEND;TZID=Europe/Amsterdam:${date}T${time(end)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => byDay[d]).join(',')}`,
    `SUMMARY:${escapeText(a.title.nl)}`,
    `DESCRIPTION:${escapeText(a.description.nl)}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
