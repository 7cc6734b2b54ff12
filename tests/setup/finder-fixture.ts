/**
 * Builds the site once more with a generated fixture: the real content plus 1,000
 * activities in all six locales, so the finder is tested at a size the real content will
 * not reach for a while. The fixture lives in the system's temp folder and is never published.
 *
 * Usage: node tests/setup/finder-fixture.ts   (prints the folder of the built fixture site)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { localeCodes } from '../../src/i18n/locales.ts';
import { activityAudiences, activityCategories, weekdays } from '../../src/schemas.ts';

export const fixtureRoot = join(tmpdir(), 'migranten-finder-fixture');
export const fixtureDist = join(fixtureRoot, 'dist');
export const fixtureCount = 1000;
const repo = fileURLToPath(new URL('../../', import.meta.url));
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

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(fixtureRoot, { recursive: true, force: true });
  const content = join(fixtureRoot, 'content');
  cpSync(join(repo, 'content'), content, { recursive: true });
  mkdirSync(join(content, 'activities'), { recursive: true });
  for (let n = 1; n <= fixtureCount; n += 1) {
    writeFileSync(join(content, 'activities', `fixture-${n}.yaml`), stringify(fixtureActivity(n)));
  }
  execFileSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', fixtureDist], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(fixtureDist);
}
