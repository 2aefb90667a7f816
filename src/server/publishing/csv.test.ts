import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from './csv.ts';

const columns = [
  { name: 'name', datatype: 'string' },
  { name: 'value', datatype: 'number' },
];

describe('toCsv', () => {
  it('writes a BOM, a header row and CRLF-terminated records', () => {
    expect(toCsv(columns, [['Thanh Hóa', 94.12]])).toBe(`${CSV_BOM}name,value\r\nThanh Hóa,94.12\r\n`);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and leaves null cells empty', () => {
    const csv = toCsv(columns, [
      ['Sở Văn hóa, Thể thao và Du lịch', null],
      ['Dự án "AI"\r\ndòng hai', -3],
    ]);
    expect(csv).toContain('"Sở Văn hóa, Thể thao và Du lịch",\r\n');
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { name: 'Sở Văn hóa, Thể thao và Du lịch', value: '' },
      { name: 'Dự án "AI"\r\ndòng hai', value: '-3' },
    ]);
  });

  it('defuses text that a spreadsheet would run as a formula, not negative numbers', () => {
    const csv = toCsv(columns, [['=HYPERLINK("x")', -1]]);
    expect(parse(csv, { bom: true, columns: true })).toEqual([{ name: `'=HYPERLINK("x")`, value: '-1' }]);
  });
});
