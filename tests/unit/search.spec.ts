import { describe, expect, test } from 'vitest';
import { joinCompounds, splitCompound, splitCompounds, vocabulary } from '../../src/search/compounds.ts';
import { titleLetterBlocks } from '../../src/search/letter-blocks.ts';
import { prepareQuery } from '../../src/search/query.ts';
import { localeByCode } from '../../src/i18n/locales.ts';

const known = vocabulary(['Arbeid en uitbuiting. Taal, kwartaal, lessen en zorg. De men, mentaal. Migranten en gezin.']);

describe('Dutch compounds in the search index', () => {
  test('a compound of two known words is split before its last part', () => {
    expect(splitCompound('arbeidsuitbuiting', known)).toBe('arbeids-uitbuiting');
    expect(splitCompound('Taallessen', known)).toBe('Taal-lessen');
    expect(splitCompound('gezinsmigranten', known)).toBe('gezins-migranten');
  });

  test('a word whose first part is no word stays whole, so "taal" does not find "kwartaal"', () => {
    expect(splitCompound('kwartaal', known)).toBeUndefined();
    expect(splitCompound('mentaal', known)).toBeUndefined();
    expect(splitCompound('uitbuiting', known)).toBeUndefined();
  });

  test('joining undoes exactly the splits that were made, also inside marks', () => {
    const { text, splits } = splitCompounds('Over arbeidsuitbuiting en taal-lessen.', known);
    expect(text).toBe('Over arbeids-uitbuiting en taal-lessen.');
    expect([...splits]).toEqual(['arbeids-uitbuiting']);
    expect(joinCompounds('Over <mark>arbeids-uitbuiting</mark> en taal-lessen.', [...splits])).toBe('Over <mark>arbeidsuitbuiting</mark> en taal-lessen.');
  });
});

describe('queries as Pagefind gets them', () => {
  test('curly and angle quotes become the straight quotes of an exact search', () => {
    expect(prepareQuery('„tijdelijke bescherming“', localeByCode('nl'))).toBe('"tijdelijke bescherming"');
    expect(prepareQuery('«тимчасовий захист»', localeByCode('uk'))).toBe('"тимчасовий захист"');
  });

  test('Ukrainian and Bulgarian words lose a case ending, short words keep theirs', () => {
    expect(prepareQuery('мігрантів', localeByCode('uk'))).toBe('мігрант');
    expect(prepareQuery('житла', localeByCode('uk'))).toBe('житл');
    expect(prepareQuery('мигрантите', localeByCode('bg'))).toBe('мигрант');
    expect(prepareQuery('ЄС', localeByCode('uk'))).toBe('ЄС');
  });

  test('languages Pagefind stems are left to Pagefind', () => {
    expect(prepareQuery('arbeidsmigranten', localeByCode('nl'))).toBe('arbeidsmigranten');
    expect(prepareQuery('pracodawcy', localeByCode('pl'))).toBe('pracodawcy');
  });
});

// What each id names, and its words: tests/unit/letter-ids.spec.ts.
describe('blocks of the letter as search results', () => {
  test('paragraphs and items of the letter become sub-results; other ids are left alone', () => {
    const html = '<p id="conclusie-2-reactie-1">a</p><li class="x" id="conclusie-2-punt-1">b</li><h2 id="hulp">c</h2><p id="intro">d</p>';
    expect(titleLetterBlocks(html)).toBe(
      '<p id="conclusie-2-reactie-1" data-pagefind-title="conclusie-2-reactie-1">a</p>' +
        '<li class="x" id="conclusie-2-punt-1" data-pagefind-title="conclusie-2-punt-1">b</li><h2 id="hulp">c</h2><p id="intro">d</p>',
    );
  });
});
