/**
 * Imports activities from a spreadsheet saved as CSV: one row per activity, one YAML file
 * per row in content/activities/. Every row is checked against the activity schema first;
 * if any row is wrong, nothing is written and every problem is printed with its row
 * (as the spreadsheet numbers it: the header is row 1), column and reason.
 *
 * It reads what spreadsheet programs save: UTF-8 ("CSV UTF-8" in Excel), with or without a
 * byte order mark, CRLF or LF line ends, cells separated by ',' or, as Dutch Excel does, by
 * ';' (whichever the header row uses). Lists (audience, languages, days) are separated by ';'
 * inside their cell; in a ';'-separated file such a cell must be in quotes ("tu;th"), which
 * spreadsheet programs do themselves when they save.
 *
 * Usage: npm run import-activities -- activities.csv [--out content/activities]
 * Columns: see COLUMNS below.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { localeCodes } from '../i18n/locales.ts';
import { activity } from '../schemas.ts';

const localized = (field: string) => localeCodes.map((code) => `${field}_${code}`);
/** Every column the importer knows, in spreadsheet order. */
export const COLUMNS = [
  'id',
  ...localized('title'),
  ...localized('description'),
  'organiser',
  'category',
  'audience',
  'languages',
  'status',
  'when',
  'days',
  'start',
  'end',
  'from',
  'to',
  'place',
  'address',
  'area',
  'cost',
  'cost_amount',
  ...localized('accessibility'),
  'url',
  'email',
  'phone',
  'source',
  'status_as_of',
];

const list = (value: string | undefined) =>
  value
    ? value
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
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
  const direct: Record<string, string> = {
    statusAsOf: 'status_as_of',
    when: second === 'kind' || !second ? 'when' : second,
    where: second ?? 'place',
    contact: second ?? 'url',
  };
  if (first === 'cost') return second === 'amount' ? 'cost_amount' : 'cost';
  if (first === 'title' || first === 'description' || first === 'accessibility') return `${first}_${second ?? 'nl'}`;
  return direct[first ?? ''] ?? first ?? '';
}

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

/** A spreadsheet row: its number as the spreadsheet shows it, and its cells by column name. */
interface SpreadsheetRow {
  row: number;
  values: Record<string, string>;
}

const NOT_UTF8 = 'the file is not UTF-8 (older Excel saves plain "CSV" as Windows-1252); in Excel, use Save As with the type "CSV UTF-8" and import that file';

/** What a csv-parse error means for the editor. */
const quoteReasons: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote opens here and is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'text follows a closing quote; inside a quoted cell a quote is written twice (""), and every opening quote needs a closing one',
  INVALID_OPENING_QUOTE: 'a quote inside a cell that does not start with one; put the whole cell in quotes and write the quote twice ("")',
};

/** The header and rows of a CSV file, and the problems that kept rows from being read. */
function readSpreadsheet(bytes: Uint8Array): { header: string[]; rows: SpreadsheetRow[]; problems: ImportProblem[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also drops a byte order mark
  } catch {
    // Every byte that is not UTF-8 becomes U+FFFD here; its line is the row unless a cell above holds a line break.
    const lossy = new TextDecoder().decode(bytes);
    return { header: [], rows: [], problems: [{ row: lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length, column: '', reason: NOT_UTF8 }] };
  }
  // Column names hold neither separator, so the header row shows which one the file uses.
  const delimiter = (text.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',';
  // Records are collected as they are read, so a quote error can still name its row and column.
  // Cell counts are checked below rather than by csv-parse, so every wrong row is reported, not only the first.
  const records: string[][] = [];
  try {
    parse(text, { delimiter, relax_column_count: true, trim: true, on_record: (cells: string[]) => void records.push(cells) });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const index = error['column']; // the cell, counted from 0, where csv-parse knows it
    const column = typeof index === 'number' ? (records[0]?.[index] ?? '') : '';
    return { header: [], rows: [], problems: [{ row: records.length + 1, column, reason: quoteReasons[error.code] ?? error.message }] };
  }
  const [header = [], ...body] = records;
  const rows: SpreadsheetRow[] = [];
  const problems: ImportProblem[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell === '')) return; // a blank row
    // A stray separator shifts every later cell, so the row is not read at all rather than misread.
    if (cells.length !== header.length) {
      const hint = cells.length > header.length ? ` (a '${delimiter}' outside quotes starts a new cell)` : '';
      problems.push({ row, column: '', reason: `has ${cells.length} cells where the header has ${header.length}${hint}` });
    } else rows.push({ row, values: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) });
  });
  return { header, rows, problems };
}

export function checkRows(header: string[], rows: SpreadsheetRow[], outDir: string) {
  const problems: ImportProblem[] = [];
  const unknown = header.filter((h) => !COLUMNS.includes(h));
  for (const column of unknown) problems.push({ row: 1, column, reason: 'unknown column' });
  const seen = new Map<string, number>();
  const files: { id: string; data: unknown }[] = [];
  for (const row of rows) {
    const id = row.values['id'] ?? '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push({ row: row.row, column: 'id', reason: 'must be lowercase letters, digits and hyphens' });
    else if (seen.has(id)) problems.push({ row: row.row, column: 'id', reason: `same id as row ${seen.get(id)}` });
    else if (existsSync(join(outDir, `${id}.yaml`))) problems.push({ row: row.row, column: 'id', reason: `${join(outDir, `${id}.yaml`)} exists already` });
    seen.set(id, row.row);
    const data = toData(row.values);
    const result = activity.safeParse(data);
    if (result.success) files.push({ id, data });
    else for (const issue of result.error.issues) problems.push({ row: row.row, column: columnOf(issue.path), reason: issue.message });
  }
  return { problems, files };
}

/**
 * Writes every file or none: all go to a folder beside outDir first (on the same disk, so
 * moving one in is a rename), and if anything fails, the files already moved in are removed.
 */
function writeAllOrNone(outDir: string, files: { name: string; text: string }[]) {
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(`${resolve(outDir)}.import-`);
  const moved: string[] = [];
  try {
    for (const f of files) writeFileSync(join(staging, f.name), f.text);
    for (const f of files) {
      renameSync(join(staging, f.name), join(outDir, f.name));
      moved.push(join(outDir, f.name));
    }
  } catch (error) {
    for (const path of moved) rmSync(path, { force: true });
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith('--'));
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? (argv[outIndex + 1] ?? '') : 'content/activities';
  if (!file) {
    console.error('Usage: npm run import-activities -- <file.csv> [--out <folder>]');
    return 2;
  }
  const read = readSpreadsheet(readFileSync(file));
  const checked = checkRows(read.header, read.rows, outDir);
  const problems = [...read.problems, ...checked.problems].sort((a, b) => a.row - b.row);
  if (problems.length === 0 && read.rows.length === 0) problems.push({ row: 1, column: '', reason: 'the file has no rows' });
  if (problems.length > 0) {
    console.error(`${file}: nothing was written; fix these ${problems.length} problem(s) and run again:`);
    for (const p of problems) console.error(`  row ${p.row}, column ${p.column || '-'}: ${p.reason}`);
    return 1;
  }
  const files = checked.files.map((f) => ({ name: `${f.id}.yaml`, text: stringify(f.data, { lineWidth: 0 }) }));
  try {
    writeAllOrNone(outDir, files);
  } catch (error) {
    console.error(`${file}: nothing was written; writing to ${outDir} failed: ${(error as Error).message}`);
    return 1;
  }
  console.log(`${file}: wrote ${files.length} activit${files.length === 1 ? 'y' : 'ies'} to ${outDir}/`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
