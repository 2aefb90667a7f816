import type { DatasetName } from '../../shared/api/publishing.ts';
import type { Cell } from './csv.ts';
import { getPublicRanking, publicIndicatorFigures, publicTaskFigures, type PortalContext } from './portal.service.ts';
import type { PublicScope } from './public-scope.ts';

type Localized = { vi: string; en: string };
export type DatasetColumn = {
  name: string;
  title: Localized;
  datatype: 'string' | 'integer' | 'number' | 'date' | 'boolean';
};

/** What a build returns: the rows, and the publications they rest on (a version is withdrawn with any of them). */
export type DatasetBuild = { rows: Cell[][]; basis: number[]; temporal: { start: string; end: string } | null };

export type DatasetDefinition = {
  name: DatasetName;
  title: Localized;
  description: Localized;
  keywords: string[];
  columns: DatasetColumn[];
  build(ctx: PortalContext, scope: PublicScope): Promise<DatasetBuild>;
};

const col = (name: string, vi: string, en: string, datatype: DatasetColumn['datatype'] = 'string'): DatasetColumn => ({
  name,
  title: { vi, en },
  datatype,
});

/** Open-data licence of every dataset. CC BY 4.0 until the owner names another (Decree 47/2020 names none). */
export const LICENSE = {
  title: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

const pointInTime = (asOf: string) => ({ start: asOf, end: asOf });

const taskFigures: DatasetDefinition = {
  name: 'task-figures',
  title: { vi: 'Số liệu nhiệm vụ của các đơn vị', en: 'Task figures by unit' },
  description: {
    vi: 'Số nhiệm vụ thực hiện Nghị quyết 57-NQ/TW của mỗi đơn vị công khai (tính cả đơn vị trực thuộc) theo trạng thái, tại ngày số liệu; tỷ lệ hoàn thành tính trên các nhiệm vụ đã đến hạn.',
    en: 'Tasks implementing Resolution 57-NQ/TW of each published unit (sub-units included) by status, as of the stated date; the completion rate counts the tasks already due.',
  },
  keywords: ['Nghị quyết 57', 'nhiệm vụ', 'tiến độ', 'tasks'],
  columns: [
    col('unit_code', 'Mã đơn vị', 'Unit code'),
    col('unit_name', 'Tên đơn vị', 'Unit name'),
    col('level', 'Cấp', 'Level'),
    col('as_of', 'Tính đến ngày', 'As of', 'date'),
    col('total', 'Tổng số nhiệm vụ', 'Tasks', 'integer'),
    col('completed', 'Đã hoàn thành', 'Completed', 'integer'),
    col('completed_on_time', 'Hoàn thành đúng hạn', 'Completed on time', 'integer'),
    col('completed_late', 'Hoàn thành quá hạn', 'Completed late', 'integer'),
    col('in_progress', 'Đang thực hiện', 'In progress', 'integer'),
    col('overdue', 'Chưa hoàn thành, quá hạn', 'Overdue', 'integer'),
    col('not_started', 'Chưa triển khai', 'Not started', 'integer'),
    col('due', 'Đã đến hạn', 'Due', 'integer'),
    col('completion_rate', 'Tỷ lệ hoàn thành (%)', 'Completion rate (%)', 'number'),
  ],
  async build(ctx, scope) {
    const rows: Cell[][] = [];
    const basis: number[] = [];
    for (const unit of scope.units) {
      const figures = await publicTaskFigures(ctx, scope, unit);
      if (!figures) continue;
      basis.push(unit.publicationId, scope.figure(unit, 'task_stats')!);
      rows.push([
        unit.code,
        unit.fullName,
        unit.level,
        ctx.asOf,
        figures.total,
        figures.completed,
        figures.completedOnTime,
        figures.completedLate,
        figures.inProgress,
        figures.overdue,
        figures.notStarted,
        figures.due,
        figures.completionRate,
      ]);
    }
    return { rows, basis, temporal: pointInTime(ctx.asOf) };
  },
};

const ranking: DatasetDefinition = {
  name: 'ranking',
  title: { vi: 'Xếp hạng đơn vị theo kết quả thực hiện nhiệm vụ', en: 'Ranking of units by task results' },
  description: {
    vi: 'Điểm (thang 100, tính trên nhiệm vụ đã đến hạn: đúng hạn đủ điểm, quá hạn nửa điểm), xếp loại A–E và thứ hạng của mỗi đơn vị công khai trong số các đơn vị cùng cấp trên.',
    en: 'Score (out of 100 over tasks already due: full credit on time, half credit late), grade A–E and rank of each published unit among the sub-units of its parent.',
  },
  keywords: ['Nghị quyết 57', 'xếp hạng', 'thi đua', 'ranking'],
  columns: [
    col('parent_code', 'Mã đơn vị cấp trên', 'Parent unit code'),
    col('parent_name', 'Đơn vị cấp trên', 'Parent unit'),
    col('unit_code', 'Mã đơn vị', 'Unit code'),
    col('unit_name', 'Tên đơn vị', 'Unit name'),
    col('level', 'Cấp', 'Level'),
    col('as_of', 'Tính đến ngày', 'As of', 'date'),
    col('rank', 'Thứ hạng', 'Rank', 'integer'),
    col('ranked_count', 'Số đơn vị được xếp hạng', 'Units ranked', 'integer'),
    col('score', 'Điểm', 'Score', 'number'),
    col('grade', 'Xếp loại', 'Grade'),
  ],
  async build(ctx, scope) {
    const rows: Cell[][] = [];
    const basis: number[] = [];
    for (const group of (await getPublicRanking(ctx, scope)).groups) {
      for (const item of group.items) {
        const unit = group.units.find((u) => u.code === item.unit.code)!;
        basis.push(unit.publicationId, scope.figure(unit, 'ranking')!);
        rows.push([
          group.parent.code,
          group.parent.fullName,
          item.unit.code,
          item.unit.fullName,
          item.unit.level,
          ctx.asOf,
          item.rank,
          group.rankedCount,
          item.score,
          item.grade,
        ]);
      }
    }
    return { rows, basis, temporal: pointInTime(ctx.asOf) };
  },
};

const indicatorValues: DatasetDefinition = {
  name: 'indicator-values',
  title: { vi: 'Số liệu chỉ tiêu đã duyệt', en: 'Approved indicator values' },
  description: {
    vi: 'Giá trị đã duyệt theo từng kỳ báo cáo của các chỉ tiêu công khai, tại các đơn vị công khai.',
    en: 'Approved values per reporting period of the published indicators, for the published units.',
  },
  keywords: ['Nghị quyết 57', 'chỉ tiêu', 'KPI', 'indicators'],
  columns: [
    col('plan_code', 'Số hiệu kế hoạch', 'Plan'),
    col('indicator_code', 'Mã chỉ tiêu', 'Indicator code'),
    col('indicator_name', 'Tên chỉ tiêu', 'Indicator'),
    col('pillar', 'Trụ cột', 'Pillar'),
    col('unit_of_measure', 'Đơn vị tính', 'Unit of measure'),
    col('unit_code', 'Mã đơn vị', 'Unit code'),
    col('unit_name', 'Tên đơn vị', 'Unit name'),
    col('period_end', 'Ngày cuối kỳ', 'Period end', 'date'),
    col('value', 'Giá trị', 'Value', 'number'),
    col('is_sample', 'Số liệu mẫu', 'Sample data', 'boolean'),
  ],
  async build(ctx, scope) {
    const rows: Cell[][] = [];
    const basis: number[] = [];
    for (const unit of scope.units) {
      for (const plan of await publicIndicatorFigures(ctx, scope, unit)) {
        for (const [index, indicator] of plan.indicators.entries()) {
          if (indicator.series.length) basis.push(unit.publicationId, plan.publicationIds[index]!);
          for (const point of indicator.series) {
            rows.push([
              plan.plan.code,
              indicator.code,
              indicator.name,
              indicator.pillar,
              indicator.unitOfMeasure,
              unit.code,
              unit.fullName,
              point.on,
              point.value,
              indicator.isSample,
            ]);
          }
        }
      }
    }
    const dates = rows.map((row) => row[7] as string).sort();
    return { rows, basis, temporal: dates.length ? { start: dates[0]!, end: dates.at(-1)! } : null };
  },
};

export const datasetDefinitions: Record<DatasetName, DatasetDefinition> = {
  'task-figures': taskFigures,
  'indicator-values': indicatorValues,
  ranking,
};
