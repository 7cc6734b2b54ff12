import { expect, test } from 'vitest';
import { localePath } from '../../src/i18n/routes.ts';
import { locales } from '../../src/i18n/locales.ts';
import { checking, guidanceBlocks, pages, parseDocument } from './built-pages.ts';

// Guidance states only what an official source states: every paragraph and list item of a
// guidance page cites its source (<Source id="…" />, rendered with data-source).
const guidance = pages.filter((p) => /^(werken|oekraine)\//.test(p.route));

test('there are guidance pages for labour migrants and Ukrainians in every locale', () => {
  const paths = guidance.map((p) => p.path);
  for (const section of ['werken/', 'oekraine/']) for (const l of locales) expect(paths).toContain(localePath(l.code, section));
});

test('every paragraph and list item of every guidance page carries its source', () => {
  const unsourced = checking('facts with a source', guidance).flatMap((p) => {
    expect(p.guidanceBlocks.length, p.path).toBeGreaterThan(0);
    return p.guidanceBlocks.filter((b) => !b.sourced).map((b) => `${p.path}: ${b.text.slice(0, 80)}`);
  });
  expect(unsourced).toEqual([]);
});

test('the source check catches a list item without a source', () => {
  const blocks = guidanceBlocks(
    parseDocument('<div data-guidance-body><p>Een feit. <span data-source="x">(bron)</span></p><ul><li>Een feit zonder bron.</li></ul></div>'),
  );
  expect(blocks.filter((b) => !b.sourced).map((b) => b.text)).toEqual(['Een feit zonder bron.']);
});
