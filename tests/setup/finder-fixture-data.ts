/** The finder fixture's 1,000 activities (tests/setup/finder-fixture.ts renders them). */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales.ts';
import { activityAudiences, activityCategories, weekdays } from '../../src/schemas.ts';

/** Where the fixture is written: the system's temp space, never dist/. */
export const fixtureRoot = join(tmpdir(), 'migranten-finder-fixture');
export const fixtureCount = 1000;
const areas = ['Fixtureplaats A', 'Fixtureplaats B', 'Fixtureplaats C'];
const languages = ['nl', 'en', 'uk', 'pl', 'ro', 'bg'];

/** Activity n of the fixture; every value follows from n, so tests can count matches. */
export function fixtureActivity(n: number) {
  const pick = <T>(list: readonly T[], step: number) => list[(n * step) % list.length] as T;
  const weekly = n % 3 !== 0;
  // Every tenth is in Dutch and English only, as an editor adds it before translators come: its
  // pages in the other locales are the Dutch fallback.
  const written = n % 10 === 0 ? ['nl', 'en'] : localeCodes;
  return {
    title: Object.fromEntries(written.map((c) => [c, `Fixture ${c} ${n}`])),
    description: Object.fromEntries(written.map((c) => [c, `Generated test activity ${n} (${c}).`])),
    organiser: `Fixture organiser ${n % 17}`,
    category: pick(activityCategories, 1),
    audience: [pick(activityAudiences, 1), pick(activityAudiences, 3)].filter((v, i, a) => a.indexOf(v) === i),
    languages: [pick(languages, 1), pick(languages, 5)].filter((v, i, a) => a.indexOf(v) === i),
    status: 'running',
    when: weekly ? { kind: 'weekly', days: [pick(weekdays, 1)], start: '10:00', end: '12:00' } : { kind: 'appointment' },
    where: { place: `Fixture place ${n}`, area: pick(areas, 1) },
    cost: { kind: n % 2 === 0 ? 'free' : 'unknown' },
    source: 'brief',
    statusAsOf: '2026-11-29',
  };
}
