import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { localePath } from '../../src/i18n/routes.ts';
import { locales } from '../../src/i18n/locales.ts';
import { attr, checking, guidanceBlocks, normalized, page, pages, parseDocument, region, selectAll, selectOne, textContent } from './built-pages.ts';

// Guidance states only what an official source states: every paragraph and list item of a
// guidance page cites its source (<Source id="…" />, rendered with data-source).
const guidance = pages.filter((p) => /^(hulp|werken|oekraine)\//.test(p.route));

test('there are guidance pages for labour migrants, Ukrainians and places that help in every locale', () => {
  const paths = guidance.map((p) => p.path);
  for (const section of ['werken/', 'oekraine/', 'hulp/']) for (const l of locales) expect(paths).toContain(localePath(l.code, section));
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

const sourcesDir = new URL('../../content/sources/', import.meta.url);
const sources: Record<string, { title: string; url: string }> = Object.fromEntries(
  readdirSync(sourcesDir).map((f) => [f.replace('.yaml', ''), parse(readFileSync(new URL(f, sourcesDir), 'utf8'))]),
);

test('a guidance page shows who it is for, when it was checked, where to get help and its dated sources', () => {
  const { document } = page('/werken/problemen-op-het-werk/');
  const main = selectOne('main', document) ?? document;
  expect(normalized(textContent(main))).toContain('Voor wie');
  expect(selectOne('time[datetime]', main)).not.toBeNull();
  const help = selectAll('a', region(document, 'Waar krijg je hulp?') ?? []).find((a) => normalized(textContent(a)) === '0800 51 51');
  expect(help && attr(help, 'href')).toBe('tel:08005151');
  const list = selectAll('a', region(document, 'Bronnen') ?? []).map((a) => [normalized(textContent(a)), attr(a, 'href')]);
  const cited = new Set(selectAll('[data-guidance-body] [data-source]', document).map((e) => attr(e, 'data-source') ?? ''));
  cited.delete('brief');
  expect(cited.size).toBeGreaterThan(0);
  for (const id of cited) expect(list, id).toContainEqual([sources[id]?.title, sources[id]?.url]);
});
