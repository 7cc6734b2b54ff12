import { expect, test } from 'vitest';
import { markFreeSlug } from '../../src/markdown/heading-ids.ts';

test('a heading with Arabic vowel signs or a shadda gets an id of letters only', () => {
  expect(markFreeSlug('كيف أسجّل لدى طبيب عائلة؟')).toBe('كيف-أسجل-لدى-طبيب-عائلة');
  expect(markFreeSlug('بمن أتصل إذا كان الأمر مستعجلًا')).toBe('بمن-أتصل-إذا-كان-الأمر-مستعجلا');
});

test('letters with accents stay whole: é is one letter, not e and a mark', () => {
  expect(markFreeSlug('Wat moet je regelen? Één keer')).toBe('wat-moet-je-regelen-één-keer');
});
