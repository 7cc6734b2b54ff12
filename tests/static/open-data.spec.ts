import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { content, yamlFile } from '../content/files.ts';
import { attr, blockText, dist as site, normalized, page, selectAll, selectOne, textContent } from './built-pages.ts';

const dist = new URL('../../dist/data/v1/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dist), 'utf8'));
const contentFiles = (folder: string) => readdirSync(new URL(`../../content/${folder}/`, import.meta.url)).filter((f) => f.endsWith('.yaml'));
const letter = page('/brief/').document;
const letterIds = page('/brief/').ids;

// What the issue asks to publish, and what the tracker adds.
/** A JSON Schema 2020-12 validator with formats checked; a value may have several types. */
const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv;
};

const datasets = ['conclusions', 'points', 'responses', 'figures', 'commitments', 'statuses', 'stances', 'glossary'];

for (const name of datasets) {
  test(`${name}: the JSON is valid against its JSON Schema, and the CSV has the same items`, () => {
    const schema = read(`${name}.schema.json`);
    const data = read(`${name}.json`);
    const ajv = validator();
    const valid = ajv.validate(schema, data);
    expect(ajv.errors ?? [], `${name}.json against ${name}.schema.json`).toEqual([]);
    expect(valid).toBe(true);
    expect(schema.$id).toMatch(new RegExp(`/data/v1/${name}\\.schema\\.json$`));
    expect(data.licence.url).toBe('https://creativecommons.org/publicdomain/zero/1.0/');

    const ids = data.items.map((i: { id?: string; commitment?: string; position?: number }) => i.id ?? `${i.commitment}/${i.position}`);
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    const csv: Record<string, string>[] = parse(readFileSync(new URL(`${name}.csv`, dist), 'utf8'), { bom: true, columns: true });
    expect(csv).toHaveLength(data.items.length);
    const csvIds = csv.map((r) => r['id'] ?? `${r['commitment']}/${r['position']}`);
    expect(csvIds).toEqual(ids);
  });
}

test('a schema refuses data that breaks it, so the validation above can fail', () => {
  const validate = validator().compile(read('commitments.schema.json'));
  const data = read('commitments.json');
  expect(validate(data)).toBe(true);
  expect(validate({ ...data, items: [{ ...data.items[0], status: 'promised' }] })).toBe(false);
  expect(validate({ ...data, items: [{ ...data.items[0], history: [{ status: 'announced', from: '2025-10', note: null }] }] })).toBe(false);
});

test('every dataset holds all of its content: 8 conclusions, every point, figure, commitment and glossary term', () => {
  const points = [1, 2, 3, 4, 5, 6, 7, 8].reduce((sum, n) => sum + content(`conclusions/nl/${n}.mdx`).data.points.length, 0);
  expect(read('conclusions.json').items).toHaveLength(8);
  expect(read('points.json').items).toHaveLength(points);
  expect(read('figures.json').items).toHaveLength(contentFiles('figures').length);
  expect(read('glossary.json').items).toHaveLength(contentFiles('glossary').length);
  expect(read('stances.json').items).toHaveLength(contentFiles('stances').length);
  const commitments = read('commitments.json').items;
  expect(commitments).toHaveLength(contentFiles('commitments').length);
  expect(commitments.length, 'the content brief lists at least 15 commitments').toBeGreaterThanOrEqual(15);
  const statuses = commitments.reduce((sum: number, c: { history: unknown[] }) => sum + c.history.length, 0);
  expect(read('statuses.json').items).toHaveLength(statuses);
});

test('every anchor in the data points to an existing paragraph of the letter', () => {
  const anchors: string[] = [];
  for (const c of read('commitments.json').items) {
    anchors.push(c.quote.anchor);
    for (const h of c.history) if (h.source.startsWith('brief#')) anchors.push(h.source.slice(6));
  }
  for (const s of read('stances.json').items) anchors.push(s.quote.anchor, s.recommendation, ...(s.alsoIn ? [s.alsoIn] : []));
  for (const f of read('figures.json').items) anchors.push(f.source);
  for (const r of read('responses.json').items) anchors.push(r.id);
  for (const p of read('points.json').items) anchors.push(p.id);
  for (const c of read('conclusions.json').items) anchors.push(c.anchor);
  expect(anchors.length).toBeGreaterThan(100);
  expect(anchors.filter((a) => !letterIds.has(a))).toEqual([]);
});

test('the letter as data is word for word the letter on the page', () => {
  const responses = read('responses.json').items as { id: string; text: { nl: string } }[];
  const onPage = selectAll('[id^="inleiding-"], [id^="slot-"]:not(#slot-titel), [id*="-reactie-"]', letter).map((e) => attr(e, 'id'));
  expect(responses.map((r) => r.id)).toEqual(onPage);
  for (const r of responses) expect(blockText(selectOne(`[id="${r.id}"]`, letter)), r.id).toBe(normalized(r.text.nl));
});

test('every quote of a commitment, a stance and a dated item is the wording of its paragraph on the letter page', () => {
  const quotes = [
    ...contentFiles('commitments').map((f) => ({ file: `commitments/${f}`, quote: yamlFile(`commitments/${f}`).quote })),
    ...contentFiles('stances').map((f) => ({ file: `stances/${f}`, quote: yamlFile(`stances/${f}`).quote })),
    ...contentFiles('timeline').map((f) => ({ file: `timeline/${f}`, quote: yamlFile(`timeline/${f}`).quote })),
  ];
  for (const { file, quote } of quotes) {
    expect(blockText(selectOne(`[id="${quote.anchor}"]`, letter)), file).toContain(normalized(quote.text));
  }
});

test('the data page lists every dataset with its item count and links to its files', () => {
  for (const path of ['/data/', '/en/data/']) {
    const { document } = page(path);
    for (const name of datasets) {
      const row = selectOne(`#dataset-${name}`, document);
      expect(normalized(textContent(selectOne('[data-count]', row ?? []) ?? [])), `${path} ${name}`).toBe(String(read(`${name}.json`).items.length));
      const files = selectAll('a[href]', row ?? []).map((a) => attr(a, 'href') ?? '');
      expect(files.length, `${path} ${name}`).toBeGreaterThan(0);
      for (const href of files) expect(existsSync(new URL(href.slice(1), site)), href).toBe(true);
    }
    const licence = selectAll('a', document).find((a) => normalized(textContent(a)) === 'CC0 1.0');
    expect(licence && attr(licence, 'href')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
  }
});
