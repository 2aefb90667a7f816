import ExcelJS from 'exceljs';
import { templateColumns } from '../../src/server/tasks/task-xlsx.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A task workbook with the template's headers and these rows (line 2 onwards). */
export async function taskWorkbook(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  sheet.columns = templateColumns.map((c) => ({ header: c.header, key: c.field }));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An indicator value CSV with the template's headers (comment and explanation optional). */
export const valuesCsv = (rows: string[]) =>
  Buffer.from(
    [
      'Mã chỉ tiêu,Mã đơn vị,Ngày cuối kỳ (ngày/tháng/năm),Giá trị,Ghi chú,Giải trình (nếu số lũy kế giảm)',
      ...rows,
    ].join('\n'),
  );
