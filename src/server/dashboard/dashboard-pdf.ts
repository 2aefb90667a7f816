import type { Dashboard } from '../../shared/api/dashboard.ts';
import { formatVietnameseDate } from '../../shared/dates.ts';
import { formatViNumber, formatViPercent } from '../../shared/vi-format.ts';
import { bandLabels, pillarLabel, type LayoutBlock } from '../reports/report-layout.ts';
import { renderBlocksPdf } from '../reports/report-pdf.ts';

/** How many warnings and ranked units the printed page lists; the screen has the rest. */
const MAX_ROWS = 30;

const warningLabels: Record<Dashboard['warnings'][number]['kind'], string> = {
  overdue: 'Quá hạn',
  near_deadline: 'Sắp đến hạn',
  missing_report: 'Chưa báo cáo',
  red_indicator: 'Chỉ tiêu có nguy cơ không đạt',
  explanation_pending: 'Chờ giải trình',
};

const n = (value: number | null) => (value === null ? '–' : formatViNumber(value));
const pct = (value: number | null) => (value === null ? '–' : formatViPercent(value));
const signed = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${formatViNumber(value)}`);

function taskBlocks(d: Dashboard): LayoutBlock[] {
  const t = d.tasks;
  return [
    { kind: 'heading', text: 'I. NHIỆM VỤ' },
    {
      kind: 'paragraph',
      text:
        `Tổng số ${n(t.total)} nhiệm vụ; đã hoàn thành ${n(t.completed)} (đúng hạn ${n(t.completedOnTime)}, ` +
        `quá hạn ${n(t.completedLate)}); đang thực hiện ${n(t.inProgress)}; quá hạn ${n(t.overdue)}; ` +
        `tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn ${pct(t.completionRate)} ` +
        `(một tuần trước ${pct(d.tasksWeekAgo.completionRate)}, một tháng trước ${pct(d.tasksMonthAgo.completionRate)}).`,
    },
    {
      kind: 'table',
      table: {
        caption: 'Nhiệm vụ theo trụ cột',
        columns: [
          { label: 'Trụ cột', width: 4, align: 'left' },
          { label: 'Tổng', width: 1, align: 'right' },
          { label: 'Hoàn thành', width: 1.6, align: 'right' },
          { label: 'Quá hạn', width: 1.4, align: 'right' },
          { label: 'Tỷ lệ', width: 1.6, align: 'right' },
        ],
        rows: d.byPillar.map((p) => [
          pillarLabel(p.pillar),
          n(p.total),
          n(p.completed),
          n(p.overdue),
          pct(p.completionRate),
        ]),
      },
    },
  ];
}

function indicatorBlocks(d: Dashboard): LayoutBlock[] {
  if (!d.indicators || !d.plan) return [];
  const rows = [
    ...Object.entries(d.indicators.byPillar).map(([pillar, b]) => [pillarLabel(pillar), b] as const),
    ['Tất cả trụ cột', d.indicators.total] as const,
  ];
  return [
    { kind: 'heading', text: 'II. CHỈ TIÊU' },
    { kind: 'paragraph', text: `Theo ${d.plan.code}: ${d.plan.title}.` },
    {
      kind: 'table',
      table: {
        caption: 'Chỉ tiêu theo mức cảnh báo',
        columns: [
          { label: 'Trụ cột', width: 3, align: 'left' },
          { label: 'Tổng', width: 1, align: 'right' },
          { label: bandLabels.green!, width: 1.5, align: 'right' },
          { label: bandLabels.orange!, width: 1.5, align: 'right' },
          { label: bandLabels.red!, width: 1.5, align: 'right' },
          { label: bandLabels.grey!, width: 1.5, align: 'right' },
          { label: 'Cải thiện', width: 1.3, align: 'right' },
        ],
        rows: rows.map(([name, b]) => [name, n(b.total), n(b.green), n(b.orange), n(b.red), n(b.grey), n(b.improved)]),
      },
    },
  ];
}

function warningBlocks(d: Dashboard): LayoutBlock[] {
  const shown = d.warnings.slice(0, MAX_ROWS);
  return [
    { kind: 'heading', text: 'III. CẢNH BÁO' },
    {
      kind: 'paragraph',
      text:
        d.warnings.length === 0
          ? 'Không có cảnh báo.'
          : `${n(d.warnings.length)} cảnh báo, việc cấp bách nhất ở đầu danh sách` +
            (d.warnings.length > shown.length ? ` (in ${n(shown.length)} mục đầu).` : '.'),
    },
    ...(shown.length
      ? [
          {
            kind: 'table' as const,
            table: {
              caption: 'Danh sách cảnh báo',
              columns: [
                { label: 'Loại', width: 2, align: 'left' as const },
                { label: 'Nội dung', width: 5, align: 'left' as const },
                { label: 'Đơn vị chịu trách nhiệm', width: 3, align: 'left' as const },
                { label: 'Hạn/ngày', width: 1.6, align: 'center' as const },
              ],
              rows: shown.map((w) => [
                warningLabels[w.kind],
                w.title,
                [w.unit?.fullName, w.head].filter(Boolean).join(' – ') || '–',
                w.dueOn ? formatVietnameseDate(w.dueOn) : '–',
              ]),
            },
          },
        ]
      : []),
  ];
}

function rankingBlocks(d: Dashboard): LayoutBlock[] {
  if (d.ranking.length === 0) return [];
  return [
    { kind: 'heading', text: 'IV. XẾP HẠNG ĐƠN VỊ TRỰC THUỘC' },
    {
      kind: 'table',
      table: {
        caption: 'Xếp hạng theo điểm (30 ngày qua: thay đổi điểm)',
        columns: [
          { label: 'Hạng', width: 0.9, align: 'right' },
          { label: 'Đơn vị', width: 5, align: 'left' },
          { label: 'Điểm', width: 1.2, align: 'right' },
          { label: 'Loại', width: 0.9, align: 'center' },
          { label: 'Thay đổi', width: 1.3, align: 'right' },
          { label: 'Tỷ lệ', width: 1.4, align: 'right' },
        ],
        rows: d.ranking
          .slice(0, MAX_ROWS)
          .map((r) => [n(r.rank), r.unit.fullName, n(r.score), r.grade ?? '–', signed(r.trend), pct(r.completionRate)]),
        note: d.ranking.length > MAX_ROWS ? `In ${n(MAX_ROWS)} trên ${n(d.ranking.length)} đơn vị.` : undefined,
      },
    },
  ];
}

/** The dashboard as a PDF for a meeting: the same figures as the screen, on A4. */
export function renderDashboardPdf(d: Dashboard, printedOn: string): Promise<Buffer> {
  const day = formatVietnameseDate(d.asOf);
  return renderBlocksPdf(
    {
      title: `Bảng điều hành: ${d.unit.fullName}`,
      subject: `Tình hình thực hiện Nghị quyết 57-NQ/TW đến ngày ${day}`,
      on: printedOn,
      lines: [`Số liệu tính đến ngày ${day}; in ngày ${formatVietnameseDate(printedOn)}`],
    },
    [...taskBlocks(d), ...indicatorBlocks(d), ...warningBlocks(d), ...rankingBlocks(d)],
  );
}
