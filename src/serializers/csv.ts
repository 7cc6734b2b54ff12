/**
 * Writes RFC 4180 CSV for the open data: CRLF line ends, fields quoted where they hold a comma,
 * quote or line break. It starts with a byte order mark, so spreadsheet programs read it as
 * UTF-8. (CSV is read with csv-parse, which handles what spreadsheets write.)
 */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((cells) => cells.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
