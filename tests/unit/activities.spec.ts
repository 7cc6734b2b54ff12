import { expect, test } from 'vitest';
import { sourceOlderThanAYear } from '../../src/data/activities.ts';

// A reader is told when an activity's source is more than a year old, and only when it certainly is.
const today = new Date('2026-12-02T10:00:00Z');

test('a day, a month or a year more than a year before today is old; the day a year ago is not yet', () => {
  expect(sourceOlderThanAYear('2025-12-01', today)).toBe(true);
  expect(sourceOlderThanAYear('2025-12-03', today)).toBe(false);
  // A month reads as its last day, a year as 31 December.
  expect(sourceOlderThanAYear('2025-11', today)).toBe(true);
  expect(sourceOlderThanAYear('2025-12', today)).toBe(false);
  expect(sourceOlderThanAYear('2024', today)).toBe(true);
  expect(sourceOlderThanAYear('2025', today)).toBe(false);
});

test('a date known only as after a day is never called old: the source may be recent', () => {
  expect(sourceOlderThanAYear('after 2020-01-01', today)).toBe(false);
});
