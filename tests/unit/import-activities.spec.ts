import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { activity } from '../../src/schemas.ts';

const run = (csv: string, out: string) =>
  spawnSync(process.execPath, ['src/cli/import-activities.ts', `tests/fixtures/${csv}`, '--out', out], { encoding: 'utf8' });

test('a good spreadsheet becomes one valid content file per row', () => {
  const out = mkdtempSync(join(tmpdir(), 'import-good-'));
  const result = run('activities-good.csv', out);
  expect(result.status, result.stderr).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['spreekuur-test.yaml', 'taalcafe-test.yaml']);
  const cafe = parse(readFileSync(join(out, 'taalcafe-test.yaml'), 'utf8'));
  expect(activity.safeParse(cafe).success).toBe(true);
  expect(cafe.description.nl).toBe('Samen Nederlands praten, met koffie.');
  expect(cafe.when).toEqual({ kind: 'weekly', days: ['tu', 'th'], start: '19:00', end: '21:00' });
  expect(cafe.audience).toEqual(['iedereen', 'arbeidsmigranten']);
});

test('a spreadsheet with a bad row writes nothing and names each row, column and reason', () => {
  const out = mkdtempSync(join(tmpdir(), 'import-bad-'));
  const result = run('activities-bad.csv', out);
  expect(result.status).toBe(1);
  expect(readdirSync(out)).toEqual([]);
  const lines = result.stderr.split('\n');
  expect(lines[0]).toContain('nothing was written');
  for (const expected of [
    /row 3, column title_nl: /,
    /row 3, column category: Invalid option/,
    /row 3, column days: Invalid option/,
    /row 3, column end: must be a time/,
    /row 4, column id: must be lowercase/,
    /row 4, column cost: Invalid option/,
    /row 4, column status_as_of: /,
  ]) {
    expect(
      lines.some((l) => expected.test(l)),
      String(expected),
    ).toBe(true);
  }
  expect(
    lines.some((l) => /row 2,/.test(l)),
    'the good row has no problem',
  ).toBe(false);
});

test('importing the same rows again is refused, so an existing activity is never overwritten', () => {
  const out = mkdtempSync(join(tmpdir(), 'import-twice-'));
  expect(run('activities-good.csv', out).status).toBe(0);
  const before = readFileSync(join(out, 'taalcafe-test.yaml'), 'utf8');
  const again = run('activities-good.csv', out);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/row 2, column id: .*exists already/);
  expect(readFileSync(join(out, 'taalcafe-test.yaml'), 'utf8')).toBe(before);
});

test('a file as Dutch Excel saves it (";" between cells, a byte order mark, CRLF) imports like the same rows with ","', () => {
  const fixture = readFileSync('tests/fixtures/activities-semicolon.csv', 'utf8');
  expect(fixture.startsWith('\uFEFFid;') && fixture.includes('\r\n'), 'the fixture is what the test says').toBe(true);
  const comma = mkdtempSync(join(tmpdir(), 'import-comma-'));
  const semicolon = mkdtempSync(join(tmpdir(), 'import-semicolon-'));
  expect(run('activities-good.csv', comma).status).toBe(0);
  const result = run('activities-semicolon.csv', semicolon);
  expect(result.status, result.stderr).toBe(0);
  expect(readdirSync(semicolon).sort()).toEqual(['spreekuur-test.yaml', 'taalcafe-test.yaml']);
  for (const name of readdirSync(comma)) expect(readFileSync(join(semicolon, name), 'utf8'), name).toBe(readFileSync(join(comma, name), 'utf8'));
  // A list cell holds ';', so in this file it is quoted ("tu;th"): one cell, two days.
  expect(parse(readFileSync(join(semicolon, 'taalcafe-test.yaml'), 'utf8')).when.days).toEqual(['tu', 'th']);
}, 20_000); // two runs of the importer; each can take seconds on a busy machine

test('a row with a cell too many or too few is named with both counts, not misread, and nothing is written', () => {
  const out = mkdtempSync(join(tmpdir(), 'import-cells-'));
  const result = run('activities-extra-cell.csv', out);
  expect(result.status).toBe(1);
  expect(readdirSync(out)).toEqual([]);
  // Row 3's place "Bibliotheek, eerste verdieping" is not quoted; row 4 lacks its last cell.
  expect(result.stderr.split('\n').slice(1)).toEqual([
    "  row 3, column -: has 19 cells where the header has 18 (a ',' outside quotes starts a new cell)",
    '  row 4, column -: has 17 cells where the header has 18',
    '',
  ]);
});

test('a quote that is never closed is named with its row and column, and nothing is written', () => {
  const out = mkdtempSync(join(tmpdir(), 'import-quote-'));
  const result = run('activities-unclosed-quote.csv', out);
  expect(result.status).toBe(1);
  expect(readdirSync(out)).toEqual([]);
  expect(result.stderr.split('\n').slice(1)).toEqual(['  row 3, column description_nl: a quote opens here and is never closed', '']);
});

test('a file that is not UTF-8 is refused with the row of the first wrong byte and how to save it, and nothing is written', () => {
  expect(readFileSync('tests/fixtures/activities-windows-1252.csv').includes(0xe9), 'é as Windows-1252 writes it').toBe(true);
  const out = mkdtempSync(join(tmpdir(), 'import-encoding-'));
  const result = run('activities-windows-1252.csv', out);
  expect(result.status).toBe(1);
  expect(readdirSync(out)).toEqual([]);
  const lines = result.stderr.split('\n').slice(1);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^ {2}row 3, column -: the file is not UTF-8 .*Save As with the type "CSV UTF-8"/);
});
