import { expect, test } from 'vitest';
import { localeCodes, sourceLocale } from '../../src/i18n/locales.ts';
import { localePath } from '../../src/i18n/routes.ts';
import { parseLetterId } from '../../src/letter/letter-ids.ts';
import { attr, page, selectAll, selectOne } from './built-pages.ts';

// A link to a paragraph of the letter (conclusie-5-reactie-2) works in every language: every
// translation has the Dutch letter's paragraph anchors, in the same order. (Every anchor a link
// names exists: links.spec.ts; no id is used twice on a page: html-validate and the Nu checker.)
const paragraphIds = (path: string) =>
  selectAll('[id]', page(path).document)
    .map((e) => attr(e, 'id') ?? '')
    .filter((id) => parseLetterId(id));

test('the Dutch letter and every translation have the same paragraph anchors, in the same order', () => {
  const dutch = paragraphIds(localePath(sourceLocale, 'brief/'));
  expect(dutch.length).toBeGreaterThan(60);
  for (const code of localeCodes) expect(paragraphIds(localePath(code, 'brief/')), code).toEqual(dutch);
});

test('every block of the letter has a visible link to itself', () => {
  const blocks = selectAll('p[id], li[id], h2[id], h3[id], h4[id]', page('/brief/').document).filter((e) =>
    /^(inleiding|slot|conclusie-\d-(tekst|punt-\d+|reactie-\d+))(-\d+)?$/.test(attr(e, 'id') ?? ''),
  );
  expect(blocks.length).toBeGreaterThan(60);
  const without = blocks.filter((b) => !selectOne(`a.permalink[href="#${attr(b, 'id')}"]`, b)).map((b) => attr(b, 'id'));
  expect(without).toEqual([]);
});
