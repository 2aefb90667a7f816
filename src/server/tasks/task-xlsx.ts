import ExcelJS from 'exceljs';
import type { Task } from '../../shared/api/tasks.ts';
import { taskStatusLabels } from '../../shared/task-status.ts';

/** Template columns: header shown to users, and the assignment field each one fills. */
export const templateColumns = [
  { header: 'Mã nhiệm vụ', field: 'code', width: 14 },
  { header: 'Tên nhiệm vụ', field: 'title', width: 60 },
  { header: 'Trụ cột (KHCN, DMST, CDS)', field: 'pillar', width: 14 },
  { header: 'Mã đơn vị chủ trì', field: 'leadUnitCode', width: 16 },
  { header: 'Mã đơn vị phối hợp (cách nhau dấu phẩy)', field: 'coordinatingUnitCodes', width: 24 },
  { header: 'Hạn hoàn thành (ngày/tháng/năm; trống = thường xuyên)', field: 'deadline', width: 18 },
  { header: 'Chu kỳ báo cáo (daily, weekly, monthly, quarterly)', field: 'reportingCycle', width: 16 },
  { header: 'Báo cáo hằng ngày (có/không)', field: 'isDailyReport', width: 12 },
  { header: 'Sản phẩm đầu ra', field: 'requiredOutput', width: 30 },
  { header: 'Mô tả', field: 'description', width: 40 },
] as const;
export type TemplateField = (typeof templateColumns)[number]['field'];

export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  sheet.columns = templateColumns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    'NV.01',
    'Số hóa hồ sơ thủ tục hành chính còn hiệu lực',
    'CDS',
    '38.STC',
    '38.SKHCN',
    '31/12/2026',
    'monthly',
    'không',
    'Báo cáo kết quả',
    '',
  ]);
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.addRows([
    ['Mỗi dòng ở trang "Nhiệm vụ" là một nhiệm vụ; dòng 2 là ví dụ, hãy thay bằng dữ liệu thật.'],
    ['Tệp được nhập tất cả hoặc không: chỉ một dòng lỗi thì không ghi gì, và báo cáo nêu dòng, cột, lý do.'],
    ['Mã đơn vị là mã chính thức (xã: 5 chữ số) hoặc mã sở, ngành trong hệ thống (ví dụ 38.SKHCN).'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return String(value).trim();
};

/** '25/7/2025', '2025-07-25' or an Excel date → 'YYYY-MM-DD'; anything else stays as typed, to be refused. */
export function normalizeDate(text: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return text;
}

export type TemplateRow = { line: number; values: Record<TemplateField, string> };

export async function readTemplateRows(buffer: Buffer): Promise<TemplateRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TemplateRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const values = Object.fromEntries(
      templateColumns.map((c, i) => [c.field, cellText(row.getCell(i + 1).value)]),
    ) as Record<TemplateField, string>;
    if (Object.values(values).some((v) => v !== '')) rows.push({ line, values });
  });
  return rows;
}

export async function buildTaskExport(items: Task[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  sheet.columns = [
    { header: 'Mã', key: 'code', width: 12 },
    { header: 'Tên nhiệm vụ', key: 'title', width: 60 },
    { header: 'Kế hoạch', key: 'plan', width: 14 },
    { header: 'Trụ cột', key: 'pillar', width: 8 },
    { header: 'Đơn vị chủ trì', key: 'lead', width: 30 },
    { header: 'Đơn vị phối hợp', key: 'coordinators', width: 30 },
    { header: 'Ngày giao', key: 'assignedOn', width: 12 },
    { header: 'Hạn ban đầu', key: 'originalDeadline', width: 12 },
    { header: 'Hạn hiện tại', key: 'deadline', width: 12 },
    { header: 'Trạng thái', key: 'status', width: 24 },
    { header: 'Tiến độ (%)', key: 'progress', width: 10 },
    { header: 'Ngày hoàn thành', key: 'completedOn', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const task of items) {
    sheet.addRow({
      code: task.code,
      title: task.title,
      plan: task.plan.code,
      pillar: task.pillar,
      lead: task.leadUnit.fullName,
      coordinators: task.coordinatingUnits.map((u) => u.fullName).join('; '),
      assignedOn: task.assignedOn,
      originalDeadline: task.originalDeadline ?? 'Thường xuyên',
      deadline: task.deadline ?? 'Thường xuyên',
      status: taskStatusLabels[task.status].vi,
      progress: task.progressPercent,
      completedOn: task.completedOn ?? '',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
