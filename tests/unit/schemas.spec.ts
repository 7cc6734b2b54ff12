import { expect, test } from 'vitest';
import * as schemas from '../../src/schemas.ts';

const conclusion = {
  number: 3,
  anchor: 'conclusie-3-reactie',
  conclusion: 'De gemeente heeft beleidsruimte.',
  points: [{ type: 'aanbeveling', text: 'Een aanbeveling.' }],
  summary: 'Een samenvatting.',
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

test('a complete conclusion is accepted', () => {
  expect(schemas.conclusion.safeParse(conclusion).success).toBe(true);
});

test('a conclusion without a summary is refused, naming the field', () => {
  const { summary: _, ...rest } = conclusion;
  expect(issues(schemas.conclusion.safeParse(rest))).toEqual([expect.stringMatching(/^summary: /)]);
});

test('a point of an unknown kind is refused', () => {
  const bad = { ...conclusion, points: [{ type: 'advies', text: 'x' }] };
  expect(issues(schemas.conclusion.safeParse(bad))).toEqual([expect.stringMatching(/^points\.0\.type: /)]);
});

test('a conclusion number outside 1 to 8 is refused', () => {
  expect(schemas.conclusion.safeParse({ ...conclusion, number: 9, anchor: 'conclusie-9-reactie' }).success).toBe(false);
});

test('the response anchor must match the conclusion number', () => {
  expect(issues(schemas.conclusion.safeParse({ ...conclusion, anchor: 'conclusie-4-reactie' }))).toEqual(['anchor: must be conclusie-<number>-reactie']);
});

test('an unknown field is refused rather than silently dropped', () => {
  expect(schemas.conclusion.safeParse({ ...conclusion, sumary: 'typo' }).success).toBe(false);
});

const figure = {
  value: 82,
  unit: 'percent',
  conclusion: 1,
  source: 'conclusie-1-punt-1',
  label: { nl: 'Label' },
  definition: { nl: 'Definitie' },
};

test('a figure needs a Dutch definition; other languages are optional', () => {
  expect(schemas.figure.safeParse(figure).success).toBe(true);
  expect(issues(schemas.figure.safeParse({ ...figure, definition: { en: 'Definition' } }))).toEqual([expect.stringMatching(/^definition\.nl: /)]);
});

test('a figure text in a language the site does not have is refused', () => {
  expect(schemas.figure.safeParse({ ...figure, label: { nl: 'x', de: 'y' } }).success).toBe(false);
});

test('a date figure needs an ISO date and a number figure a number', () => {
  expect(schemas.figure.safeParse({ ...figure, unit: 'date', value: '2027-03-04' }).success).toBe(true);
  expect(issues(schemas.figure.safeParse({ ...figure, unit: 'date' }))).toEqual([expect.stringMatching(/^value: /)]);
  expect(schemas.figure.safeParse({ ...figure, value: '82' }).success).toBe(false);
});

test('a source must be an anchor of the letter, of a block with words to quote', () => {
  expect(schemas.figure.safeParse({ ...figure, source: 'https://example.org' }).success).toBe(false);
  expect(schemas.figure.safeParse({ ...figure, source: 'slot-1' }).success).toBe(true);
  for (const heading of ['slot', 'conclusie-1', 'conclusie-1-reactie', 'conclusie-1-aanbevelingen']) {
    expect(schemas.figure.safeParse({ ...figure, source: heading }).success, heading).toBe(false);
  }
});

test('the opening and the closing carry their own anchors', () => {
  expect(schemas.letterPart.safeParse({ part: 'closing', anchor: 'slot' }).success).toBe(true);
  expect(issues(schemas.letterPart.safeParse({ part: 'closing', anchor: 'inleiding' }))).toEqual([
    'anchor: must be inleiding for the opening, slot for the closing',
  ]);
});
