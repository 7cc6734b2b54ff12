import { expect, test } from 'vitest';
import ICAL from 'ical.js';
import { calendarFor } from '../../src/serializers/ics.ts';
import type { Activity } from '../../src/data/activities.ts';

// A weekly activity as the content collection gives it; only what the calendar reads.
const activity = (statusAsOf: string) =>
  ({
    id: 'taalcafe-test',
    data: {
      title: { nl: 'Taalcafé, test' },
      description: { nl: 'Samen Nederlands praten; iedereen welkom.' },
      when: { kind: 'weekly', days: ['we'], start: '10:00', end: '12:00' },
      where: { place: 'Bibliotheek', area: 'Hoofddorp' },
      statusAsOf,
    },
  }) as unknown as Activity;

/** The calendar as a calendar program reads it: its first event, with the time zone the file defines. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  return { zone, event };
}

test('a weekly activity gives a calendar that an iCalendar parser reads, with the time zone its times name', () => {
  const { zone, event } = read(calendarFor(activity('2026-01-05'), 'https://example.org/activiteiten/taalcafe-test/'));
  expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
  expect(event.summary).toBe('Taalcafé, test');
  expect(event.location).toBe('Bibliotheek, Hoofddorp');
  // The first Wednesday from 5 January 2026, 10:00 in Amsterdam: 09:00 UTC in winter.
  expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-07T09:00:00.000Z');
  expect(event.endDate.toJSDate().toISOString()).toBe('2026-01-07T11:00:00.000Z');
  expect(String(event.component.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=WE');
});

test('in summer the same local time is an hour earlier in UTC, as the time zone says', () => {
  const { event } = read(calendarFor(activity('2026-07-01'), 'https://example.org/activiteiten/taalcafe-test/'));
  expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');
});

test('a status date "after" a day starts the schedule on that day', () => {
  const { event } = read(calendarFor(activity('after 2025-10-15'), 'https://example.org/activiteiten/taalcafe-test/'));
  expect(event.startDate.toString()).toBe('2025-10-15T10:00:00');
});
