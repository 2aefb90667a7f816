import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { RawRecord } from './unit-import.rows.ts';

export type ImportFormat = 'csv' | 'json' | 'xlsx';

export class FileFormatError extends Error {}

function fromCsv(buffer: Buffer): RawRecord[] {
  const rows = parseCsv(buffer, {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  // Line 1 is the header, so the first data row is line 2, as a spreadsheet user would count it.
  return rows.map((values, index) => ({ line: index + 2, values }));
}

function fromJson(buffer: Buffer): RawRecord[] {
  const data: unknown = JSON.parse(buffer.toString('utf8'));
  const list = Array.isArray(data) ? data : (data as { items?: unknown }).items;
  if (!Array.isArray(list)) throw new FileFormatError('Tệp JSON phải là một mảng các đơn vị.');
  return list.map((values, index) => ({ line: index + 1, values: (values ?? {}) as Record<string, unknown> }));
}

async function fromXlsx(buffer: Buffer): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileFormatError('Tệp Excel không có trang tính nào.');
  const header = (sheet.getRow(1).values as unknown[]).map((cell) => String(cell ?? '').trim());
  const records: RawRecord[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = {};
    (row.values as unknown[]).forEach((cell, column) => {
      const name = header[column];
      if (name) values[name] = typeof cell === 'object' && cell !== null && 'text' in cell ? cell.text : cell;
    });
    records.push({ line: rowNumber, values });
  });
  return records;
}

export async function parseImportFile(buffer: Buffer, format: ImportFormat): Promise<RawRecord[]> {
  try {
    if (format === 'csv') return fromCsv(buffer);
    if (format === 'json') return fromJson(buffer);
    return await fromXlsx(buffer);
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError(`Không đọc được tệp ${format.toUpperCase()}: ${(error as Error).message}`);
  }
}

/** Guesses the format from a file name or a content type. */
export function detectFormat(hint: string): ImportFormat | undefined {
  const lower = hint.toLowerCase();
  if (lower.endsWith('.csv') || lower.includes('text/csv')) return 'csv';
  if (lower.endsWith('.json') || lower.includes('application/json')) return 'json';
  if (lower.endsWith('.xlsx') || lower.includes('spreadsheetml')) return 'xlsx';
  return undefined;
}
