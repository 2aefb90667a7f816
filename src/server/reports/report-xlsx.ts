import ExcelJS from 'exceljs';
import type { ReportSnapshot } from '../../shared/api/reports.ts';
import type { TaskCounts } from '../../shared/api/stats.ts';
import { formatVietnameseDate } from '../../shared/dates.ts';
import { byPillarOrder } from '../../shared/report-narrative.ts';
import { bandLabels, dateLine, pillarLabel } from './report-layout.ts';

/**
 * The data annex (phụ lục số liệu) as a workbook: one sheet per table of the report, with every row
 * (the document shows only the first ones). Figures stay numbers, so they can be summed and charted;
 * Excel shows them with the reader's separators (408.984 in Vietnamese).
 */
type Column = { header: string; key: string; width: number; numFmt?: string };
type Cell = string | number | null;

const INTEGER = '#,##0';
const DECIMAL = '#,##0.##';
const PERCENT = '0.00';

function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, Cell>[]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(({ header, key, width, numFmt }) => ({
    header,
    key,
    width,
    style: numFmt ? { numFmt } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const row of rows) ws.addRow(row);
  return ws;
}

const countColumns: Column[] = [
  { header: 'Được giao', key: 'total', width: 11, numFmt: INTEGER },
  { header: 'Hoàn thành', key: 'completed', width: 11, numFmt: INTEGER },
  { header: 'Hoàn thành đúng hạn', key: 'completedOnTime', width: 12, numFmt: INTEGER },
  { header: 'Hoàn thành quá hạn', key: 'completedLate', width: 12, numFmt: INTEGER },
  { header: 'Đang thực hiện', key: 'inProgress', width: 11, numFmt: INTEGER },
  { header: 'Chưa hoàn thành, quá hạn', key: 'overdue', width: 13, numFmt: INTEGER },
  { header: 'Sắp đến hạn', key: 'nearDeadline', width: 11, numFmt: INTEGER },
  { header: 'Chưa triển khai', key: 'notStarted', width: 11, numFmt: INTEGER },
  { header: 'Đã đến hạn', key: 'due', width: 11, numFmt: INTEGER },
  { header: 'Tỷ lệ hoàn thành (%)', key: 'completionRate', width: 13, numFmt: PERCENT },
];
const countsRow = (c: TaskCounts) => ({
  total: c.total,
  completed: c.completed,
  completedOnTime: c.completedOnTime,
  completedLate: c.completedLate,
  inProgress: c.inProgress,
  overdue: c.overdue,
  nearDeadline: c.nearDeadline,
  notStarted: c.notStarted,
  due: c.due,
  completionRate: c.completionRate,
});

function summarySheet(workbook: ExcelJS.Workbook, s: ReportSnapshot) {
  const rows = [
    { label: 'Đến ngày báo cáo', ...countsRow(s.tasks), on: formatVietnameseDate(s.asOf) },
    ...(s.tasksBefore
      ? [{ label: 'Cuối kỳ trước', ...countsRow(s.tasksBefore.counts), on: formatVietnameseDate(s.tasksBefore.on) }]
      : []),
  ];
  const ws = sheet(
    workbook,
    'Tổng hợp',
    [{ header: 'Số liệu', key: 'label', width: 16 }, { header: 'Ngày', key: 'on', width: 12 }, ...countColumns],
    rows,
  );
  ws.addRow([]);
  ws.addRow([`PHỤ LỤC SỐ LIỆU kèm theo Báo cáo số ${s.documentNumber} (${dateLine(s)})`]).font = { bold: true };
  ws.addRow([s.title]);
  ws.addRow([`Kỳ báo cáo: ${s.period.label}; số liệu tính đến ngày ${formatVietnameseDate(s.asOf)}.`]);
  if (s.plan) ws.addRow([`Chỉ tiêu theo ${s.plan.kind} số ${s.plan.code}: ${s.plan.title}`]);
}

function indicatorSheet(workbook: ExcelJS.Workbook, s: ReportSnapshot) {
  sheet(
    workbook,
    'Chỉ tiêu',
    [
      { header: 'Mã', key: 'code', width: 10 },
      { header: 'Chỉ tiêu', key: 'name', width: 55 },
      { header: 'Lĩnh vực', key: 'pillar', width: 18 },
      { header: 'Cấp', key: 'tier', width: 11 },
      { header: 'Đơn vị tính', key: 'unitOfMeasure', width: 13 },
      { header: 'Giá trị ban đầu', key: 'baseline', width: 13, numFmt: DECIMAL },
      { header: 'Giá trị hiện tại', key: 'value', width: 13, numFmt: DECIMAL },
      { header: 'Ngày số liệu', key: 'valueOn', width: 12 },
      { header: 'Tăng, giảm so với ban đầu', key: 'change', width: 13, numFmt: DECIMAL },
      { header: 'Mục tiêu', key: 'target', width: 12, numFmt: DECIMAL },
      { header: 'Năm mục tiêu', key: 'targetYear', width: 9 },
      { header: '% kế hoạch', key: 'percentOfTarget', width: 11, numFmt: PERCENT },
      { header: 'Đánh giá', key: 'status', width: 18 },
      { header: 'Dữ liệu mẫu', key: 'isSample', width: 9 },
    ],
    (s.indicators?.items ?? []).map((i) => ({
      code: i.code,
      name: i.name,
      pillar: pillarLabel(i.pillar),
      tier: i.tier === 'strategic' ? 'Chiến lược' : 'Tác nghiệp',
      unitOfMeasure: i.unitOfMeasure,
      baseline: i.baseline,
      value: i.value,
      valueOn: i.valueOn ? formatVietnameseDate(i.valueOn) : null,
      change: i.changeSinceBaseline,
      target: i.target,
      targetYear: i.targetYear,
      percentOfTarget: i.percentOfTarget,
      status: bandLabels[i.status] ?? i.status,
      isSample: i.isSample ? 'có' : '',
    })),
  );
}

export async function renderReportXlsx(s: ReportSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'giamsat';
  workbook.title = s.title;
  // A fixed date keeps a stored report's annex the same each time it is rendered.
  workbook.created = workbook.modified = new Date(`${s.issuedOn}T00:00:00Z`);
  summarySheet(workbook, s);
  sheet(
    workbook,
    'Theo lĩnh vực',
    [{ header: 'Lĩnh vực', key: 'pillar', width: 22 }, ...countColumns],
    [
      ...byPillarOrder(s.tasksByPillar, (p) => p.pillar).map((p) => ({
        pillar: pillarLabel(p.pillar),
        ...countsRow(p),
      })),
      { pillar: 'Tổng cộng', ...countsRow(s.tasks) },
    ],
  );
  sheet(
    workbook,
    'Theo đơn vị',
    [
      { header: 'Hạng', key: 'rank', width: 7 },
      { header: 'Mã đơn vị', key: 'code', width: 11 },
      { header: 'Đơn vị', key: 'unit', width: 45 },
      { header: 'Được giao', key: 'total', width: 11, numFmt: INTEGER },
      { header: 'Chưa hoàn thành, quá hạn', key: 'overdue', width: 13, numFmt: INTEGER },
      { header: 'Tỷ lệ hoàn thành (%)', key: 'completionRate', width: 13, numFmt: PERCENT },
      { header: 'Điểm', key: 'score', width: 9, numFmt: DECIMAL },
      { header: 'Xếp loại', key: 'grade', width: 9 },
    ],
    s.tasksByUnit.map((u) => ({ ...u, code: u.unit.code, unit: u.unit.fullName })),
  );
  sheet(
    workbook,
    'Nhiệm vụ quá hạn',
    [
      { header: 'Mã', key: 'code', width: 11 },
      { header: 'Nhiệm vụ', key: 'title', width: 60 },
      { header: 'Đơn vị chủ trì', key: 'unit', width: 40 },
      { header: 'Hạn', key: 'dueOn', width: 12 },
    ],
    s.overdueTasks.map((t) => ({ ...t, dueOn: t.dueOn ? formatVietnameseDate(t.dueOn) : 'Thường xuyên' })),
  );
  indicatorSheet(workbook, s);
  sheet(
    workbook,
    'Khó khăn, kiến nghị',
    [
      { header: 'Loại', key: 'kind', width: 18 },
      { header: 'Nội dung', key: 'text', width: 60 },
      { header: 'Số nhiệm vụ', key: 'count', width: 10, numFmt: INTEGER },
      { header: 'Đơn vị nêu', key: 'units', width: 50 },
      { header: 'Mã nhiệm vụ', key: 'tasks', width: 40 },
    ],
    [
      ...s.difficulties.map((i) => ({ kind: 'Khó khăn, vướng mắc', ...issueCells(i) })),
      ...s.recommendations.map((i) => ({ kind: 'Đề xuất, kiến nghị', ...issueCells(i) })),
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const issueCells = (issue: ReportSnapshot['difficulties'][number]) => ({
  text: issue.text,
  count: issue.taskCodes.length,
  units: issue.units.join('; '),
  tasks: issue.taskCodes.join(', '),
});
