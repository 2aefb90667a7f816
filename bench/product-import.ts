/**
 * The product's own bulk paths, timed end to end over HTTP: the task workbook import (XLSX template,
 * all or nothing, each row checked and audited like a single assignment) and the indicator value import
 * (CSV, each row checked like the form, versioned and audited).
 */
import ExcelJS from 'exceljs';
import { templateColumns } from '../src/server/tasks/task-xlsx.ts';
import type { Fixtures } from './fixtures.ts';
import { login, type Session } from './session.ts';

export type ImportFigures = { rows: number; seconds: number };

async function upload(base: string, path: string, session: Session, body: Buffer, type: string) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': type },
    body: new Uint8Array(body),
  });
  const report = (await response.json()) as { isApplied?: boolean; inserted?: number; rejected?: unknown[] };
  if (!response.ok || !report.isApplied)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(report).slice(0, 400)}`);
  return { rows: report.inserted ?? 0, seconds: (performance.now() - started) / 1000 };
}

async function taskWorkbook(rows: number, fx: Fixtures, tag: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  sheet.columns = templateColumns.map((c) => ({ header: c.header, key: c.field }));
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      `IMP-${tag}-${i}`,
      `Triển khai nền tảng số dùng chung tại cơ sở, đợt ${i}`,
      ['KHCN', 'DMST', 'CDS'][i % 3],
      fx.communes[i % fx.communes.length],
      '',
      '31/12/2026',
      'monthly',
      'không',
      'Báo cáo kết quả',
      '',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One value per commune × BM indicator for the month ending 14/9/2026 (corrections of approved values). */
function valuesCsv(rows: number, fx: Fixtures): Buffer {
  const lines = ['Mã chỉ tiêu,Mã đơn vị,Ngày cuối kỳ (ngày/tháng/năm),Giá trị'];
  for (let i = 0; i < rows; i++) {
    const indicator = `BM.${String(1 + (Math.floor(i / fx.communes.length) % 20)).padStart(2, '0')}`;
    const percent = indicator <= 'BM.10';
    lines.push(
      `${indicator},${fx.communes[i % fx.communes.length]},14/09/2026,${percent ? 60 + (i % 30) : 10 + (i % 40)}`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

export async function measureProductImports(base: string, fx: Fixtures, sizes: { tasks: number; values: number }) {
  const secretariat = await login(base, 'thuongtruc.thanhhoa');
  const tasks = await upload(
    base,
    '/api/tasks/import?plan=266-KH%2FTU',
    secretariat,
    await taskWorkbook(sizes.tasks, fx, String(Date.now())),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const values = await upload(
    base,
    '/api/indicators/import?plan=266-KH%2FTU&format=csv',
    secretariat,
    valuesCsv(Math.min(sizes.values, fx.communes.length * 20), fx),
    'text/csv',
  );
  return { tasks, values };
}
