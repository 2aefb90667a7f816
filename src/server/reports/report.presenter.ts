import type { Report, ReportPeriodKind } from '../../shared/api/reports.ts';
import type { ListedReport } from './report.repository.ts';

const count = (value: number | null | undefined) => (typeof value === 'number' ? value : 0);

export function presentReport(row: ListedReport): Report {
  const tasks = row.tasks ?? {};
  return {
    id: row.id,
    unit: row.unit,
    plan: row.planCode && row.planTitle ? { code: row.planCode, title: row.planTitle } : null,
    periodKind: row.periodKind as ReportPeriodKind,
    periodLabel: row.periodLabel,
    periodStart: row.periodStart,
    asOf: row.asOf,
    documentNumber: row.documentNumber,
    title: row.title,
    issuedOn: row.issuedOn,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    scheduleId: row.scheduleId,
    summary: {
      total: count(tasks.total),
      completed: count(tasks.completed),
      inProgress: count(tasks.inProgress),
      overdue: count(tasks.overdue),
      completionRate: typeof tasks.completionRate === 'number' ? tasks.completionRate : null,
    },
    files: {
      docx: `/api/reports/${row.id}/report.docx`,
      xlsx: `/api/reports/${row.id}/report.xlsx`,
      pdf: `/api/reports/${row.id}/report.pdf`,
    },
  };
}
