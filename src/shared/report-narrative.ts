/**
 * The prose of a periodic report, written from its snapshot only (so a stored report reads the same
 * years later). Pure functions: Vietnamese administrative style, Vietnamese number formatting.
 */
import type { ReportIndicator, ReportIssue, ReportSnapshot } from './api/reports.ts';
import type { TaskCounts } from './api/stats.ts';
import { formatVietnameseDate } from './dates.ts';
import { pillarLabels, pillars as pillarOrder, type Pillar } from './pillars.ts';
import { formatViNumber, formatViPercent, formatViQuantity } from './vi-format.ts';

export type NarrativeBlock = { kind: 'paragraph' | 'bullet'; text: string };

const n = (value: number) => formatViNumber(value);
const day = formatVietnameseDate;
const paragraph = (text: string): NarrativeBlock => ({ kind: 'paragraph', text });
const bullet = (text: string): NarrativeBlock => ({ kind: 'bullet', text });
/** Bullets of a list end with ";" and the last one with "." (administrative style). */
const bullets = (items: string[]) => items.map((text, i) => bullet(`${text}${i === items.length - 1 ? '.' : ';'}`));
const pillarName = (pillar: string) => pillarLabels[pillar as Pillar]?.vi.toLocaleLowerCase('vi') ?? pillar;

/** Pillars in the plans' order (KHCN, ĐMST, CĐS), others after them by name. */
export function byPillarOrder<T>(items: T[], pillarOf: (item: T) => string): T[] {
  const rank = (pillar: string) => {
    const index = pillarOrder.indexOf(pillar as Pillar);
    return index === -1 ? pillarOrder.length : index;
  };
  return [...items].sort((a, b) => rank(pillarOf(a)) - rank(pillarOf(b)) || pillarOf(a).localeCompare(pillarOf(b)));
}

/** "A", "A và B", "A, B và C" */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

const RESOLUTION =
  'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia';

/** The opening paragraph: what is reported, by whom, over which days. */
export function introParagraphs(s: ReportSnapshot): NarrativeBlock[] {
  const plan = s.plan && s.plan.code !== '57-NQ/TW' ? ` và ${s.plan.kind} số ${s.plan.code}` : '';
  const blocks = [
    paragraph(
      `Thực hiện ${RESOLUTION}${plan}, ${s.issuer.name} báo cáo tình hình, kết quả thực hiện ${s.period.phrase} như sau:`,
    ),
  ];
  if (s.period.start !== null) {
    const complete = s.asOf >= s.period.end;
    blocks.push(
      paragraph(
        complete
          ? `Số liệu trong báo cáo tính từ ngày ${day(s.period.start)} đến ngày ${day(s.period.end)}.`
          : `Kỳ báo cáo từ ngày ${day(s.period.start)} đến ngày ${day(s.period.end)}; số liệu trong báo cáo tính đến ngày ${day(s.asOf)}.`,
      ),
    );
  }
  return blocks;
}

/** "Đến ngày 25/7/2025, trong tổng số 91 nhiệm vụ được giao, đã hoàn thành 38 nhiệm vụ, đang thực hiện 53 nhiệm vụ." */
export function taskHeadline(asOf: string, counts: TaskCounts): string {
  if (counts.total === 0) return `Đến ngày ${day(asOf)}, chưa có nhiệm vụ nào được giao.`;
  const notStarted = counts.notStarted > 0 ? `, chưa triển khai ${n(counts.notStarted)} nhiệm vụ` : '';
  return (
    `Đến ngày ${day(asOf)}, trong tổng số ${n(counts.total)} nhiệm vụ được giao, đã hoàn thành ` +
    `${n(counts.completed)} nhiệm vụ, đang thực hiện ${n(counts.inProgress)} nhiệm vụ${notStarted}.`
  );
}

function taskDetail(counts: TaskCounts): string {
  const sentences: string[] = [];
  if (counts.completed > 0) {
    sentences.push(
      counts.completedLate === 0
        ? 'Các nhiệm vụ đã hoàn thành đều hoàn thành đúng hạn.'
        : `Trong số nhiệm vụ đã hoàn thành, ${n(counts.completedOnTime)} nhiệm vụ hoàn thành đúng hạn, ${n(counts.completedLate)} nhiệm vụ hoàn thành quá hạn.`,
    );
  }
  if (counts.total > counts.completed) {
    const overdue =
      counts.overdue === 0
        ? 'Không có nhiệm vụ nào quá hạn'
        : `Có ${n(counts.overdue)} nhiệm vụ chưa hoàn thành đã quá hạn`;
    const near = counts.nearDeadline > 0 ? ` và ${n(counts.nearDeadline)} nhiệm vụ sắp đến hạn` : '';
    sentences.push(`${overdue}${near}.`);
  }
  sentences.push(
    counts.completionRate === null
      ? 'Chưa có nhiệm vụ nào đến hạn để tính tỷ lệ hoàn thành.'
      : `Tỷ lệ hoàn thành trên số nhiệm vụ đã đến hạn đạt ${formatViPercent(counts.completionRate)} (${n(counts.completed)}/${n(counts.due)} nhiệm vụ).`,
  );
  return sentences.join(' ');
}

function change(amount: number, unit: string): string {
  if (amount === 0) return 'không đổi';
  return `${amount > 0 ? 'tăng' : 'giảm'} ${n(Math.abs(amount))}${unit}`;
}

function comparedWithBefore(before: NonNullable<ReportSnapshot['tasksBefore']>, now: TaskCounts): string {
  const added = now.total - before.counts.total;
  const completed = now.completed - before.counts.completed;
  const parts = [
    completed > 0 ? `hoàn thành thêm ${n(completed)} nhiệm vụ` : 'không có nhiệm vụ nào hoàn thành thêm',
    added > 0 ? `giao mới ${n(added)} nhiệm vụ` : 'không có nhiệm vụ mới được giao',
  ];
  const rate =
    now.completionRate !== null && before.counts.completionRate !== null
      ? `; tỷ lệ hoàn thành ${change(Math.round((now.completionRate - before.counts.completionRate) * 100) / 100, ' điểm phần trăm')}`
      : '';
  return `So với ngày ${day(before.on)} (cuối kỳ trước), ${parts.join(', ')}${rate}.`;
}

function unitSentences(s: ReportSnapshot): string[] {
  const ranked = s.tasksByUnit.filter((u) => u.score !== null).slice(0, 3);
  const sentences: string[] = [];
  if (ranked.length > 0) {
    const names = ranked.map((u) => `${u.unit.fullName} (${n(u.score!)} điểm, loại ${u.grade})`);
    sentences.push(`Các đơn vị dẫn đầu về kết quả thực hiện nhiệm vụ: ${joinVi(names)}.`);
  }
  const late = s.tasksByUnit
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.unit.code.localeCompare(b.unit.code));
  if (late.length > 0) {
    const names = late.slice(0, 5).map((u) => `${u.unit.fullName} (${n(u.overdue)} nhiệm vụ)`);
    const more = late.length > 5 ? ` và ${n(late.length - 5)} đơn vị khác` : '';
    sentences.push(`Các đơn vị còn nhiệm vụ quá hạn: ${names.join(', ')}${more}.`);
  }
  return sentences;
}

/** Section I: tasks. */
export function taskParagraphs(s: ReportSnapshot): NarrativeBlock[] {
  const blocks = [paragraph(taskHeadline(s.asOf, s.tasks))];
  if (s.tasks.total === 0) return blocks;
  blocks.push(paragraph(taskDetail(s.tasks)));
  if (s.tasksBefore) blocks.push(paragraph(comparedWithBefore(s.tasksBefore, s.tasks)));
  const pillars = byPillarOrder(s.tasksByPillar, (p) => p.pillar).map(
    (p) => `${pillarName(p.pillar)} hoàn thành ${n(p.completed)}/${n(p.total)} nhiệm vụ`,
  );
  if (pillars.length > 0) blocks.push(paragraph(`Theo lĩnh vực: ${pillars.join('; ')}.`));
  const units = unitSentences(s);
  if (units.length > 0) blocks.push(paragraph(units.join(' ')));
  return blocks;
}

/** "đạt 25%, tăng 5 điểm phần trăm và hoàn thành 41,67% kế hoạch năm 2025" */
export function indicatorProgress(item: ReportIndicator): string | null {
  if (item.value === null) return null;
  const unit = item.unitOfMeasure.trim();
  const parts: string[] = [];
  if (item.changeSinceBaseline !== null) {
    parts.push(change(item.changeSinceBaseline, unit.startsWith('%') ? ' điểm phần trăm' : unit ? ` ${unit}` : ''));
  }
  if (item.percentOfTarget !== null) {
    const year = item.targetYear === null ? '' : ` năm ${item.targetYear}`;
    parts.push(`hoàn thành ${formatViPercent(item.percentOfTarget)} kế hoạch${year}`);
  }
  const reached = `đạt ${formatViQuantity(item.value, unit)}`;
  if (parts.length === 0) return reached;
  return parts.length === 1 ? `${reached} và ${parts[0]}` : `${reached}, ${joinVi(parts)}`;
}

/** The indicators the narrative names: real before sample data, strategic first, by code. */
export function keyIndicators(items: ReportIndicator[], limit = 10): ReportIndicator[] {
  const rank = (i: ReportIndicator) => (i.isSample ? 2 : 0) + (i.tier === 'strategic' ? 0 : 1);
  return items
    .filter((i) => i.value !== null)
    .sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code, 'en', { numeric: true }))
    .slice(0, limit);
}

/** Section II: indicators. */
export function indicatorParagraphs(s: ReportSnapshot): NarrativeBlock[] {
  const stats = s.indicators;
  if (!stats || !s.plan) return [paragraph('Chưa có kế hoạch có chỉ tiêu áp dụng cho đơn vị.')];
  const byPillar = byPillarOrder(Object.entries(stats.byPillar), ([pillar]) => pillar).map(
    ([pillar, count]) => `${n(count)} chỉ tiêu ${pillarName(pillar)}`,
  );
  const year = Number(s.asOf.slice(0, 4));
  const targetYear = Object.keys(stats.withTarget)
    .map(Number)
    .filter((y) => y >= year)
    .sort()[0];
  const withTarget =
    targetYear === undefined
      ? ''
      : `, trong đó ${n(stats.withTarget[targetYear] ?? 0)} chỉ tiêu có mục tiêu năm ${targetYear}`;
  const blocks = [
    paragraph(
      `${s.plan.kind} số ${s.plan.code} có ${n(stats.total)} chỉ tiêu (${byPillar.join('; ')})${withTarget}. ` +
        `Đến ngày ${day(s.asOf)}, có ${n(stats.improvedSinceBaseline)} chỉ tiêu cải thiện so với khi ban hành kế hoạch.`,
    ),
  ];
  const band = (key: string) => n(stats.byStatus[key] ?? 0);
  blocks.push(
    paragraph(
      `Theo đánh giá tiến độ: ${band('green')} chỉ tiêu đúng tiến độ, ${band('orange')} chỉ tiêu chậm cần chú ý, ` +
        `${band('red')} chỉ tiêu có nguy cơ không đạt mục tiêu, ${band('grey')} chỉ tiêu chưa đủ số liệu để đánh giá.`,
    ),
  );
  const key = keyIndicators(stats.items);
  if (key.length > 0) {
    blocks.push(paragraph('Một số chỉ tiêu chủ yếu (mức tăng, giảm so với khi ban hành kế hoạch):'));
    blocks.push(...bullets(key.map((i) => `${i.name} ${indicatorProgress(i)}`)));
  }
  const red = stats.items.filter((i) => i.status === 'red');
  if (red.length > 0) {
    const more = red.length > 8 ? ` và ${n(red.length - 8)} chỉ tiêu khác` : '';
    blocks.push(
      paragraph(
        `Các chỉ tiêu có nguy cơ không đạt mục tiêu: ${red
          .slice(0, 8)
          .map((i) => i.name)
          .join('; ')}${more}.`,
      ),
    );
  }
  blocks.push(paragraph('Số liệu chi tiết từng chỉ tiêu tại Phụ lục kèm theo.'));
  return blocks;
}

function issueLine(issue: ReportIssue): string {
  const text = issue.text.trim().replace(/[.;:,\s]+$/, '');
  const units =
    issue.units.length > 3 ? [...issue.units.slice(0, 2), `${n(issue.units.length - 2)} đơn vị khác`] : issue.units;
  return `${text} (${n(issue.taskCodes.length)} nhiệm vụ của ${joinVi(units)})`;
}

/** Sections III and IV: what the units reported on their open tasks. */
export function issueParagraphs(issues: ReportIssue[], kind: 'difficulties' | 'recommendations'): NarrativeBlock[] {
  if (issues.length === 0) {
    return [
      paragraph(
        kind === 'difficulties'
          ? 'Các đơn vị không báo cáo khó khăn, vướng mắc đối với các nhiệm vụ đang thực hiện.'
          : 'Các đơn vị không có đề xuất, kiến nghị đối với các nhiệm vụ đang thực hiện.',
      ),
    ];
  }
  const lead =
    kind === 'difficulties'
      ? 'Các đơn vị báo cáo một số khó khăn, vướng mắc đối với các nhiệm vụ đang thực hiện:'
      : 'Các đơn vị đề xuất, kiến nghị:';
  return [paragraph(lead), ...bullets(issues.map(issueLine))];
}

/** Section V: what the figures say must come next. */
export function nextStepParagraphs(s: ReportSnapshot): NarrativeBlock[] {
  const steps: string[] = [];
  if (s.tasks.overdue > 0) steps.push(`Đôn đốc hoàn thành ${n(s.tasks.overdue)} nhiệm vụ đã quá hạn`);
  if (s.tasks.nearDeadline > 0) steps.push(`Theo dõi sát ${n(s.tasks.nearDeadline)} nhiệm vụ sắp đến hạn`);
  if (s.tasks.notStarted > 0) steps.push(`Triển khai ${n(s.tasks.notStarted)} nhiệm vụ chưa triển khai`);
  const red = s.indicators?.byStatus.red ?? 0;
  if (red > 0) steps.push(`Có giải pháp đẩy nhanh ${n(red)} chỉ tiêu có nguy cơ không đạt mục tiêu`);
  const grey = s.indicators?.byStatus.grey ?? 0;
  if (grey > 0) steps.push(`Cập nhật số liệu ${n(grey)} chỉ tiêu chưa đủ số liệu để đánh giá`);
  steps.push('Tiếp tục cập nhật đầy đủ, kịp thời tiến độ và minh chứng trên Hệ thống giám sát');
  return bullets(steps);
}

export function closingSentence(s: ReportSnapshot): string {
  return `Trên đây là báo cáo tình hình, kết quả thực hiện Nghị quyết số 57-NQ/TW ${s.period.phrase} của ${s.issuer.name}./.`;
}
