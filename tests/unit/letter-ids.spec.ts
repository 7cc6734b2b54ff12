import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/t.ts';
import {
  blockWords,
  citableIdPattern,
  conclusionId,
  isCitable,
  type LetterId,
  letterBlockName,
  paragraphId,
  parseLetterId,
  partHeadingId,
  partId,
  pointId,
  pointsHeadingId,
  responseId,
  responseParagraphId,
  statementId,
} from '../../src/letter/letter-ids.ts';

// Every kind of id as built, the id it must be (the site's links depend on it), and what it reads back into.
const kinds: [string, string, LetterId][] = [
  [partId('opening'), 'inleiding', { part: 'opening', kind: 'part' }],
  [partId('closing'), 'slot', { part: 'closing', kind: 'part' }],
  [partHeadingId('closing'), 'slot-titel', { part: 'closing', kind: 'part-heading' }],
  [paragraphId(partId('opening'), 3), 'inleiding-3', { part: 'opening', kind: 'paragraph', index: 3 }],
  [paragraphId(partId('closing'), 12), 'slot-12', { part: 'closing', kind: 'paragraph', index: 12 }],
  [conclusionId(5), 'conclusie-5', { part: 'conclusion', conclusion: 5, kind: 'part' }],
  [statementId(8), 'conclusie-8-tekst', { part: 'conclusion', conclusion: 8, kind: 'statement' }],
  [
    pointsHeadingId(4, 'aanbeveling'),
    'conclusie-4-aanbevelingen',
    { part: 'conclusion', conclusion: 4, kind: 'points-heading', pointType: 'aanbeveling', index: 1 },
  ],
  [
    pointsHeadingId(4, 'aandachtspunt', 2),
    'conclusie-4-aandachtspunten-2',
    { part: 'conclusion', conclusion: 4, kind: 'points-heading', pointType: 'aandachtspunt', index: 2 },
  ],
  [pointId(4, 2), 'conclusie-4-punt-2', { part: 'conclusion', conclusion: 4, kind: 'point', index: 2 }],
  [responseId(5), 'conclusie-5-reactie', { part: 'conclusion', conclusion: 5, kind: 'response' }],
  [responseParagraphId(5, 2), 'conclusie-5-reactie-2', { part: 'conclusion', conclusion: 5, kind: 'paragraph', index: 2 }],
  [paragraphId(responseId(1), 10), 'conclusie-1-reactie-10', { part: 'conclusion', conclusion: 1, kind: 'paragraph', index: 10 }],
];

const malformed = [
  '',
  'hulp',
  'slot-titel-2',
  'inleiding-0',
  'inleiding-03',
  'inleiding-x',
  'conclusie',
  'conclusie-9',
  'conclusie-0-tekst',
  'conclusie-5-tekst-3',
  'conclusie-5-punt',
  'conclusie-5-punt-0',
  'conclusie-5-aanbevelingen-1',
  'conclusie-5-aanbeveling',
  'conclusie-5-reactie-',
  'conclusie-5-reactie-2-1',
  'Conclusie-5-reactie-2',
  ' conclusie-5-reactie-2',
  'standpunt-conclusie-1-punt-3',
];

describe('the ids of the letter', () => {
  test.each(kinds)('%s is built as %s and reads back into what it names', (built, id, named) => {
    expect(built).toBe(id);
    expect(parseLetterId(id)).toEqual(named);
  });

  test.each(malformed)('%j is no id of the letter', (id) => {
    expect(parseLetterId(id)).toBeUndefined();
    expect(citableIdPattern.test(id)).toBe(false);
  });

  test('the pattern for the schemas accepts exactly the citable blocks: the conclusion, its points and paragraphs of the texts', () => {
    const citable = kinds.filter(([id]) => citableIdPattern.test(id)).map(([id]) => id);
    expect(citable).toEqual(['inleiding-3', 'slot-12', 'conclusie-8-tekst', 'conclusie-4-punt-2', 'conclusie-5-reactie-2', 'conclusie-1-reactie-10']);
    for (const [id] of kinds) expect(isCitable(parseLetterId(id)), id).toBe(citableIdPattern.test(id));
  });
});

describe('a citable block in words', () => {
  test('each kind is named by its interface text and its numbers', () => {
    expect(blockWords('conclusie-5-reactie-2')).toEqual({ key: 'response', number: 5, n: 2 });
    expect(blockWords('conclusie-1-punt-3')).toEqual({ key: 'point', number: 1, n: 3 });
    expect(blockWords('conclusie-8-tekst')).toEqual({ key: 'statement', number: 8 });
    expect(blockWords('inleiding-4')).toEqual({ key: 'opening', n: 4 });
    expect(blockWords('slot-1')).toEqual({ key: 'closing', n: 1 });
  });

  test('headings and other ids have no such name: they are titled by their own text', () => {
    for (const id of ['conclusie-5-reactie', 'conclusie-5', 'conclusie-4-aanbevelingen', 'slot-titel', 'wat-doet-snf'])
      expect(blockWords(id), id).toBeUndefined();
  });

  test("the name is in the reader's language; an id that is no block stays as it is", () => {
    expect(letterBlockName('conclusie-5-reactie-2', useTranslations('nl'))).toBe('Conclusie 5: reactie, alinea 2');
    expect(letterBlockName('inleiding-4', useTranslations('en'))).toBe('Opening of the letter, paragraph 4');
    expect(letterBlockName('slot-titel', useTranslations('en'))).toBe('slot-titel');
  });
});
