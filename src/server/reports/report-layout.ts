import type { ReportSnapshot } from '../../shared/api/reports.ts';
import type { TaskCounts } from '../../shared/api/stats.ts';
import { formatVietnameseDate } from '../../shared/dates.ts';
import { pillarLabels, type Pillar } from '../../shared/pillars.ts';
import {
  byPillarOrder,
  closingSentence,
  indicatorParagraphs,
  introParagraphs,
  issueParagraphs,
  keyIndicators,
  nextStepParagraphs,
  taskParagraphs,
  type NarrativeBlock,
} from '../../shared/report-narrative.ts';
import { formatDocumentDate, formatViNumber, formatViPercent } from '../../shared/vi-format.ts';

/**
 * The body of a report as blocks (headings, paragraphs, bullets, tables of text), built from the
 * snapshot only; the DOCX and PDF renderers draw the same blocks, so the two files say the same thing.
 */
export type LayoutTable = {
  caption: string;
  /** Relative widths; `align` for the cells below the header. */
  columns: { label: string; width: number; align: 'left' | 'center' | 'right' }[];
  rows: string[][];
  note?: string;
};
export type LayoutBlock = NarrativeBlock | { kind: 'heading'; text: string } | { kind: 'table'; table: LayoutTable };

const n = (value: number | null) => (value === null ? '–' : formatViNumber(value));
const pct = (value: number | null) => (value === null ? '–' : formatViPercent(value));
const day = (value: string | null) => (value === null ? 'Thường xuyên' : formatVietnameseDate(value));

export const bandLabels: Record<string, string> = {
  green: 'Đúng tiến độ',
  orange: 'Chậm, cần chú ý',
  red: 'Nguy cơ không đạt',
  grey: 'Chưa đánh giá',
};
export const pillarLabel = (pillar: string) => pillarLabels[pillar as Pillar]?.vi ?? pillar;

const countCells = (c: TaskCounts) => [
  n(c.total),
  n(c.completed),
  n(c.completedOnTime),
  n(c.completedLate),
  n(c.inProgress),
  n(c.overdue),
  n(c.notStarted),
  pct(c.completionRate),
];

function pillarTable(s: ReportSnapshot, number: number): LayoutTable {
  const right = 'right' as const;
  return {
    caption: `Bảng ${number}. Kết quả thực hiện nhiệm vụ theo lĩnh vực`,
    columns: [
      { label: 'Lĩnh vực', width: 3, align: 'left' },
      { label: 'Được giao', width: 1.2, align: right },
      { label: 'Hoàn thành', width: 1.3, align: right },
      { label: 'Đúng hạn', width: 1.2, align: right },
      { label: 'Quá hạn', width: 1.2, align: right },
      { label: 'Đang thực hiện', width: 1.4, align: right },
      { label: 'Chưa HT, quá hạn', width: 1.4, align: right },
      { label: 'Chưa triển khai', width: 1.4, align: right },
      { label: 'Tỷ lệ hoàn thành', width: 1.5, align: right },
    ],
    rows: [
      ...byPillarOrder(s.tasksByPillar, (p) => p.pillar).map((p) => [pillarLabel(p.pillar), ...countCells(p)]),
      ['Tổng cộng', ...countCells(s.tasks)],
    ],
    note: 'Tỷ lệ hoàn thành tính trên số nhiệm vụ đã đến hạn.',
  };
}

const UNIT_ROWS = 40;

function unitTable(s: ReportSnapshot, number: number): LayoutTable {
  const shown = s.tasksByUnit.slice(0, UNIT_ROWS);
  const rest = s.tasksByUnit.length - shown.length;
  return {
    caption: `Bảng ${number}. Xếp hạng các đơn vị trực thuộc theo kết quả thực hiện nhiệm vụ`,
    columns: [
      { label: 'Hạng', width: 0.8, align: 'center' },
      { label: 'Đơn vị', width: 4.5, align: 'left' },
      { label: 'Được giao', width: 1.2, align: 'right' },
      { label: 'Quá hạn', width: 1.1, align: 'right' },
      { label: 'Tỷ lệ hoàn thành', width: 1.5, align: 'right' },
      { label: 'Điểm', width: 1, align: 'right' },
      { label: 'Xếp loại', width: 1, align: 'center' },
    ],
    rows: shown.map((u) => [
      u.rank === null ? '–' : String(u.rank),
      u.unit.fullName,
      n(u.total),
      n(u.overdue),
      pct(u.completionRate),
      n(u.score),
      u.grade ?? '–',
    ]),
    note:
      (rest > 0 ? `Và ${n(rest)} đơn vị khác (xem Phụ lục). ` : '') +
      'Điểm = (số hoàn thành đúng hạn + ½ số hoàn thành quá hạn) ÷ số nhiệm vụ đã đến hạn × 100; xếp loại A từ 90, B từ 80, C từ 70, D từ 50, E dưới 50.',
  };
}

const OVERDUE_ROWS = 20;

function overdueTable(s: ReportSnapshot, number: number): LayoutTable {
  const shown = s.overdueTasks.slice(0, OVERDUE_ROWS);
  const rest = s.overdueTasks.length - shown.length;
  return {
    caption: `Bảng ${number}. Nhiệm vụ chưa hoàn thành, quá hạn`,
    columns: [
      { label: 'Mã', width: 1.1, align: 'left' },
      { label: 'Nhiệm vụ', width: 5, align: 'left' },
      { label: 'Đơn vị chủ trì', width: 3, align: 'left' },
      { label: 'Hạn', width: 1.3, align: 'center' },
    ],
    rows: shown.map((t) => [t.code, t.title, t.unit ?? '', day(t.dueOn)]),
    note: rest > 0 ? `Và ${n(rest)} nhiệm vụ khác (xem Phụ lục).` : undefined,
  };
}

function indicatorTable(s: ReportSnapshot, number: number): LayoutTable | null {
  const items = keyIndicators(s.indicators?.items ?? []);
  if (items.length === 0) return null;
  return {
    caption: `Bảng ${number}. Một số chỉ tiêu chủ yếu`,
    columns: [
      { label: 'Mã', width: 1.5, align: 'left' },
      { label: 'Chỉ tiêu', width: 4, align: 'left' },
      { label: 'Đơn vị tính', width: 1.3, align: 'center' },
      { label: 'Ban đầu', width: 1.2, align: 'right' },
      { label: 'Hiện tại', width: 1.2, align: 'right' },
      { label: 'Mục tiêu', width: 1.2, align: 'right' },
      { label: '% kế hoạch', width: 1.3, align: 'right' },
      { label: 'Đánh giá', width: 1.5, align: 'left' },
    ],
    rows: items.map((i) => [
      i.code,
      i.name,
      i.unitOfMeasure,
      n(i.baseline),
      n(i.value),
      i.target === null ? '–' : `${n(i.target)}${i.targetYear ? ` (${i.targetYear})` : ''}`,
      pct(i.percentOfTarget),
      bandLabels[i.status] ?? i.status,
    ]),
  };
}

export function reportBody(s: ReportSnapshot): LayoutBlock[] {
  let tableNumber = 0;
  const table = (build: (s: ReportSnapshot, n: number) => LayoutTable | null): LayoutBlock[] => {
    const built = build(s, tableNumber + 1);
    if (!built) return [];
    tableNumber += 1;
    return [{ kind: 'table', table: built }];
  };
  const heading = (text: string): LayoutBlock => ({ kind: 'heading', text });
  return [
    ...introParagraphs(s),
    heading('I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ'),
    ...taskParagraphs(s),
    ...(s.tasksByPillar.length > 0 ? table(pillarTable) : []),
    ...(s.tasksByUnit.length > 0 ? table(unitTable) : []),
    ...(s.overdueTasks.length > 0 ? table(overdueTable) : []),
    heading('II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'),
    ...indicatorParagraphs(s),
    ...table(indicatorTable),
    heading('III. KHÓ KHĂN, VƯỚNG MẮC'),
    ...issueParagraphs(s.difficulties, 'difficulties'),
    heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...issueParagraphs(s.recommendations, 'recommendations'),
    heading('V. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'),
    ...nextStepParagraphs(s),
    { kind: 'paragraph', text: closingSentence(s) },
  ];
}

/** "Số: 3/BC-UBND" */
export const numberLine = (s: ReportSnapshot) => `Số: ${s.documentNumber}`;
/** "Thanh Hóa, ngày 05 tháng 8 năm 2026" */
export const dateLine = (s: ReportSnapshot) => `${s.issuer.place}, ${formatDocumentDate(s.issuedOn)}`;
/** Recipients (Nơi nhận): "- …;" each, the last with "." */
export const recipientLines = (s: ReportSnapshot) =>
  s.recipients.map((r, i) => `- ${r}${i === s.recipients.length - 1 ? '.' : ';'}`);
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
