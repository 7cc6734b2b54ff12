/**
 * A small RFC 4180 CSV reader and writer, for the activities import and the open data.
 * The reader: quoted fields may hold commas, quotes ("") and line breaks.
 * Returns the header and the rows as objects, each with its 1-based line number in the
 * file, so errors can point at the spreadsheet row an editor sees.
 */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [head, ...body] = nonEmpty;
  const header = (head?.fields ?? []).map((h) => h.trim());
  const rows = body.map((r) => ({
    line: r.line,
    values: Object.fromEntries(header.map((h, i) => [h, (r.fields[i] ?? '').trim()])),
  }));
  return { header, rows };
}

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted where they hold a comma, quote or line
 * break. It starts with a byte order mark, so spreadsheet programs read it as UTF-8.
 */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((cells) => cells.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
