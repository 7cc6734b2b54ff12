import { expect, test } from 'vitest';
import { headingSlug } from '../../src/markdown/heading-ids.ts';

test('a heading with Arabic vowel signs or a shadda gets an id of letters only', () => {
  expect(headingSlug('كيف أسجّل لدى طبيب عائلة؟')).toBe('كيف-أسجل-لدى-طبيب-عائلة');
  expect(headingSlug('بمن أتصل إذا كان الأمر مستعجلًا')).toBe('بمن-أتصل-إذا-كان-الأمر-مستعجلا');
});

test('letters with accents stay whole: é is one letter, not e and a mark', () => {
  expect(headingSlug('Wat moet je regelen? Één keer')).toBe('wat-moet-je-regelen-één-keer');
});

test('a heading that starts with a digit gets an id that starts with a letter', () => {
  expect(headingSlug('4 hónapnál tovább maradok')).toBe('h-4-hónapnál-tovább-maradok');
});
