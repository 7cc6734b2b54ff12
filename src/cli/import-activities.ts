/**
 * Imports activities from a spreadsheet saved as CSV: one row per activity, one YAML file
 * per row in content/activities/. Every row is checked against the activity schema first;
 * if any row is wrong, nothing is written and every problem is printed with its row
 * (the line in the file), column and reason.
 *
 * Usage: npm run import-activities -- activities.csv [--out content/activities]
 * Columns: see COLUMNS below; lists (audience, languages, days) are separated by ';'.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { localeCodes } from '../i18n/locales.ts';
import { activity } from '../schemas.ts';
import { parseCsv, type CsvRow } from '../lib/csv.ts';

const localized = (field: string) => localeCodes.map((code) => `${field}_${code}`);
/** Every column the importer knows, in spreadsheet order. */
export const COLUMNS = [
  'id',
  ...localized('title'),
  ...localized('description'),
  'organiser', 'category', 'audience', 'languages', 'status',
  'when', 'days', 'start', 'end', 'from', 'to',
  'place', 'address', 'area', 'cost', 'cost_amount',
  ...localized('accessibility'),
  'url', 'email', 'phone', 'source', 'status_as_of',
];

const list = (value: string | undefined) => (value ? value.split(';').map((v) => v.trim()).filter(Boolean) : []);
const optional = (value: string | undefined) => (value ? value : undefined);
const texts = (row: Record<string, string>, field: string) => {
  const entries = localeCodes.map((code) => [code, optional(row[`${field}_${code}`])]).filter(([, v]) => v);
  return entries.length ? Object.fromEntries(entries) : undefined;
};
const compact = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A CSV row as the content file's data, before validation. */
function toData(v: Record<string, string>) {
  const when =
    v['when'] === 'weekly'
      ? { kind: 'weekly', days: list(v['days']), start: v['start'], end: v['end'] }
      : v['when'] === 'dates'
        ? { kind: 'dates', from: v['from'], to: v['to'] }
        : { kind: v['when'] };
  return compact({
    title: texts(v, 'title'),
    description: texts(v, 'description'),
    organiser: v['organiser'],
    category: v['category'],
    audience: list(v['audience']),
    languages: list(v['languages']),
    status: v['status'],
    when,
    where: compact({ place: optional(v['place']), address: optional(v['address']), area: optional(v['area']) }),
    cost: compact({ kind: v['cost'], amount: optional(v['cost_amount']) }),
    accessibility: texts(v, 'accessibility'),
    contact: compact({ url: optional(v['url']), email: optional(v['email']), phone: optional(v['phone']) }),
    source: v['source'],
    statusAsOf: v['status_as_of'],
  });
}

/** The spreadsheet column a schema path comes from. */
function columnOf(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  const direct: Record<string, string> = { statusAsOf: 'status_as_of', when: second === 'kind' || !second ? 'when' : second, where: second ?? 'place', contact: second ?? 'url' };
  if (first === 'cost') return second === 'amount' ? 'cost_amount' : 'cost';
  if (first === 'title' || first === 'description' || first === 'accessibility') return `${first}_${second ?? 'nl'}`;
  return direct[first ?? ''] ?? first ?? '';
}

export interface ImportProblem {
  line: number;
  column: string;
  reason: string;
}

export function checkRows(header: string[], rows: CsvRow[], outDir: string) {
  const problems: ImportProblem[] = [];
  const unknown = header.filter((h) => !COLUMNS.includes(h));
  for (const column of unknown) problems.push({ line: 1, column, reason: 'unknown column' });
  const seen = new Map<string, number>();
  const files: { id: string; data: unknown }[] = [];
  for (const row of rows) {
    const id = row.values['id'] ?? '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push({ line: row.line, column: 'id', reason: 'must be lowercase letters, digits and hyphens' });
    else if (seen.has(id)) problems.push({ line: row.line, column: 'id', reason: `same id as row ${seen.get(id)}` });
    else if (existsSync(join(outDir, `${id}.yaml`))) problems.push({ line: row.line, column: 'id', reason: `${join(outDir, `${id}.yaml`)} exists already` });
    seen.set(id, row.line);
    const data = toData(row.values);
    const result = activity.safeParse(data);
    if (result.success) files.push({ id, data });
    else for (const issue of result.error.issues) problems.push({ line: row.line, column: columnOf(issue.path), reason: issue.message });
  }
  return { problems, files };
}

function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith('--'));
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? (argv[outIndex + 1] ?? '') : 'content/activities';
  if (!file) {
    console.error('Usage: npm run import-activities -- <file.csv> [--out <folder>]');
    return 2;
  }
  const { header, rows } = parseCsv(readFileSync(file, 'utf8'));
  const { problems, files } = checkRows(header, rows, outDir);
  if (rows.length === 0) problems.push({ line: 1, column: '', reason: 'the file has no rows' });
  if (problems.length > 0) {
    console.error(`${file}: nothing was written; fix these ${problems.length} problem(s) and run again:`);
    for (const p of problems) console.error(`  row ${p.line}, column ${p.column || '-'}: ${p.reason}`);
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of files) writeFileSync(join(outDir, `${f.id}.yaml`), stringify(f.data, { lineWidth: 0 }));
  console.log(`${file}: wrote ${files.length} activit${files.length === 1 ? 'y' : 'ies'} to ${outDir}/`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
