import { expect, test } from 'vitest';
import * as schemas from '../../src/schemas.ts';
import { parse } from 'csv-parse/sync';
import { writeCsv } from '../../src/serializers/csv.ts';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const commitment = {
  title: { nl: 'Een toezegging' },
  conclusions: [6],
  owner: 'gemeente',
  quote: { text: 'Na verwerking van de inspraakreacties kan de beleidsregel worden vastgesteld.', anchor: 'conclusie-6-reactie-1' },
  summary: { nl: 'Samenvatting.' },
  history: [{ status: 'in-progress', from: '2025-10-15', source: 'brief#conclusie-6-reactie-1' }],
};

test('a complete commitment is accepted', () => {
  expect(issues(schemas.commitment.safeParse(commitment))).toEqual([]);
});

test('a status without a source is refused, naming the entry and the field', () => {
  const bad = { ...commitment, history: [{ status: 'announced', from: '2025-10' }] };
  expect(issues(schemas.commitment.safeParse(bad))).toEqual([expect.stringMatching(/^history\.0\.source: /)]);
});

test('a commitment needs at least one status', () => {
  expect(issues(schemas.commitment.safeParse({ ...commitment, history: [] }))).toEqual([expect.stringMatching(/^history: /)]);
});

test('a status outside the five the tracker knows is refused', () => {
  const bad = { ...commitment, history: [{ ...commitment.history[0], status: 'promised' }] };
  expect(issues(schemas.commitment.safeParse(bad))).toEqual([expect.stringMatching(/^history\.0\.status: /)]);
});

test('statuses must be in date order, oldest first', () => {
  const later = { status: 'done', from: '2026-03', source: 'brief#conclusie-6-reactie-1' };
  expect(schemas.commitment.safeParse({ ...commitment, history: [...commitment.history, later] }).success).toBe(true);
  expect(issues(schemas.commitment.safeParse({ ...commitment, history: [later, ...commitment.history] }))).toEqual([
    'history: statuses must be in date order, oldest first',
  ]);
});

test('a source is a paragraph of the letter or a source file id, nothing else', () => {
  for (const source of ['brief#conclusie-5-reactie-2', 'brief#inleiding-3', 'rijksoverheid-regiodeals-2025']) {
    expect(schemas.evidence.safeParse(source).success, source).toBe(true);
  }
  for (const source of ['brief#hoofdstuk-2', 'https://example.org/', 'brief#', '']) {
    expect(schemas.evidence.safeParse(source).success, source).toBe(false);
  }
});

test('a date is as precise as its source: year, month, day, or after a day', () => {
  for (const date of ['2026', '2025-10', '2025-10-15', 'after 2025-10-15']) {
    expect(schemas.knownDate.safeParse(date).data, date).toBe(date);
  }
  // YAML reads unquoted values as a number or a Date; they mean the same text.
  expect(schemas.knownDate.safeParse(2026).data).toBe('2026');
  expect(schemas.knownDate.safeParse(new Date('2025-10-15T00:00:00Z')).data).toBe('2025-10-15');
  for (const date of ['autumn 2025', '2025-13', '15-10-2025', 'before 2026']) {
    expect(schemas.knownDate.safeParse(date).success, date).toBe(false);
  }
});

test('the earliest day of a date orders it', () => {
  expect(schemas.earliestDay('2026')).toBe('2026-01-01');
  expect(schemas.earliestDay('2025-10')).toBe('2025-10-01');
  expect(schemas.earliestDay('after 2025-10-15')).toBe('2025-10-15');
});

test("a stance carries a label and the letter's words", () => {
  const stance = {
    conclusion: 8,
    point: 2,
    stepNamed: false,
    deferred: true,
    stance: 'deferred',
    quote: { text: 'We willen dat meegeven aan het volgende college.', anchor: 'conclusie-8-reactie-1' },
    reading: { nl: 'Uitleg.' },
  };
  expect(schemas.stance.safeParse(stance).success).toBe(true);
  expect(issues(schemas.stance.safeParse({ ...stance, stance: 'rejected' }))).toEqual([expect.stringMatching(/^stance: /)]);
  expect(issues(schemas.stance.safeParse({ ...stance, reading: { en: 'Why.' } }))).toEqual([expect.stringMatching(/^reading\.nl: /)]);
});

test('a stance label that overstates the letter is refused: the same answer always gets the same label', () => {
  const base = {
    conclusion: 7,
    point: 1,
    quote: { text: 'We nemen deze aanbeveling van de rekenkamer dan ook ter harte.', anchor: 'conclusie-7-reactie-1' },
    reading: { nl: 'Uitleg.' },
  };
  const noStep = { ...base, stepNamed: false, deferred: false };
  // An answer that names no step may not read as adopted, adopted with conditions or under study.
  for (const label of ['adopted', 'adopted-with-conditions', 'under-study', 'deferred']) {
    expect(issues(schemas.stance.safeParse({ ...noStep, stance: label })), label).toEqual([expect.stringMatching(/^stance: .*stepNamed|^stance: .*deferred/)]);
  }
  expect(schemas.stance.safeParse({ ...noStep, stance: 'agreed-no-step' }).success).toBe(true);
  // An answer left to the next college is 'deferred', whatever else it says.
  expect(issues(schemas.stance.safeParse({ ...base, stepNamed: false, deferred: true, stance: 'agreed-no-step' }))).toHaveLength(1);
  expect(schemas.stance.safeParse({ ...base, stepNamed: true, deferred: false, stance: 'under-study' }).success).toBe(true);
});

test('CSV written for the open data reads back the same, quotes, commas and line breaks included', () => {
  const columns = ['id', 'text_nl'];
  const rows = [
    { id: 'a', text_nl: 'gewoon' },
    { id: 'b', text_nl: 'met "aanhalingstekens", een komma' },
    { id: 'c', text_nl: 'twee\nregels' },
  ];
  const csv = writeCsv(columns, rows);
  expect(csv.startsWith('\uFEFF'), 'a byte order mark, so spreadsheets read UTF-8').toBe(true);
  expect(csv).toContain('\r\n');
  expect(parse(csv, { bom: true })).toEqual([columns, ...rows.map((r) => columns.map((c) => r[c as keyof typeof r]))]);
});
