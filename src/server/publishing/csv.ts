export type Cell = string | number | boolean | null;

/**
 * UTF-8 with a byte-order mark. RFC 4180 neither requires nor forbids it; without it, Excel (what most
 * offices here open a CSV with) reads the file as the local ANSI code page and garbles every Vietnamese
 * diacritic. Parsers that care skip it (csv-parse `bom: true`, Python `utf-8-sig`, R readr).
 */
export const CSV_BOM = '\uFEFF';

/**
 * A text cell that starts like a formula is prefixed with an apostrophe, so a spreadsheet shows it
 * instead of running it (OWASP "CSV injection"). Only text columns: a negative number stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: Cell, isText: boolean): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (isText && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, CRLF after every record, fields quoted when they hold a quote, comma or line break. */
export function toCsv(columns: { name: string; datatype: string }[], rows: Cell[][]): string {
  const lines = [columns.map((c) => field(c.name, true)).join(',')];
  for (const row of rows) lines.push(columns.map((c, i) => field(row[i] ?? null, c.datatype === 'string')).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
