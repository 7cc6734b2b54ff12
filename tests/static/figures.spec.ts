import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { attr, normalized, page, selectAll, selectOne, textContent } from './built-pages.ts';

// Every figure of the letter with its exact definition, read from the content files.
const dir = new URL('../../content/figures/', import.meta.url);
const figures = readdirSync(dir).map((f) => ({ id: f.replace('.yaml', ''), ...parse(readFileSync(new URL(f, dir), 'utf8')) }));
const chart = figures.filter((f) => f.chart === '6.1');
const text = (element: Parameters<typeof textContent>[0] | null) => normalized(textContent(element ?? []));

test('chart 6.1 is drawn from the data, with a text alternative and the same numbers in a table', () => {
  expect(chart.map((f) => f.value).sort()).toEqual([76, 77]);
  const { document } = page('/cijfers/');
  const svg = selectAll('svg[role="img"]', document).find((s) => text(selectOne(`[id="${attr(s, 'aria-labelledby')}"]`, document)).startsWith('Grafiek 6.1'));
  expect(svg).toBeDefined();
  const figure = svg?.parent ?? null;
  for (const f of chart) {
    expect(text(svg ?? null)).toContain(`${f.label.nl}: ${f.value}%`);
    const row = selectAll('tr', figure ?? []).find((r) => text(selectOne('th', r)) === f.label.nl);
    expect(text(selectOne('td', row ?? [])), f.id).toBe(`${f.value}%`);
  }
});

test('the 82 percent is shown apart from chart 6.1, with its own definition', () => {
  const f = figures.find((x) => x.value === 82);
  expect(f?.chart).toBeUndefined();
  const { document } = page('/cijfers/');
  const item = text(selectOne(`#cijfer-${f.id}`, document));
  expect(item).toContain('82%');
  expect(item).toContain(normalized(f.definition.nl));
  expect(selectAll('figure', document).filter((fig) => text(fig).includes('82%'))).toEqual([]);
});

test('every figure appears on the figures page with its definition, in every locale that has it', () => {
  for (const [path, locale] of [
    ['/cijfers/', 'nl'],
    ['/en/cijfers/', 'en'],
    ['/uk/cijfers/', 'uk'],
    ['/bg/cijfers/', 'bg'],
  ] as const) {
    const { document } = page(path);
    for (const f of figures) expect(text(selectOne(`#cijfer-${f.id}`, document)), `${path} ${f.id}`).toContain(normalized(f.definition[locale]));
  }
});

test('each conclusion page lists the figures of that conclusion and no others', () => {
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const shown = selectAll('[id^="cijfer-"]', page(`/conclusies/${n}/`).document).map((e) => (attr(e, 'id') ?? '').replace('cijfer-', ''));
    expect(shown.sort(), `conclusion ${n}`).toEqual(
      figures
        .filter((f) => f.conclusion === n)
        .map((f) => f.id)
        .sort(),
    );
  }
});
