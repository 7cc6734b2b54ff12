/**
 * The open data files: /data/v1/<dataset>.json, .csv and .schema.json for every dataset
 * in `src/open-data/open-data.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { writeCsv } from '../../../serializers/csv';
import { csvTable, dataset, datasetNames, jsonSchema, type DatasetName } from '../../../open-data/open-data';

const formats = ['json', 'csv', 'schema.json'] as const;

export const getStaticPaths = (() =>
  datasetNames.flatMap((name) => formats.map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })))) satisfies GetStaticPaths;

const types = { json: 'application/json', csv: 'text/csv; charset=utf-8', 'schema.json': 'application/schema+json' };

export const GET: APIRoute = async ({ props, site }) => {
  const { name, format } = props as { name: DatasetName; format: (typeof formats)[number] };
  const origin = site ?? new URL('http://localhost');
  let body: string;
  if (format === 'schema.json') body = JSON.stringify(jsonSchema(name, origin), null, 2);
  else {
    const data = await dataset(name, origin);
    if (format === 'json') body = JSON.stringify(data, null, 2);
    else {
      const { columns, rows } = csvTable(data.items);
      body = writeCsv(columns, rows);
    }
  }
  return new Response(body, { headers: { 'Content-Type': types[format] } });
};
