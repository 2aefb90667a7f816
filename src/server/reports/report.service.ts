import type { Db, Executor } from '../db/database.ts';
import type { AppDeps } from '../app.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import {
  reportSnapshotSchema,
  type CreateReportBody,
  type Report,
  type ReportFormat,
  type ReportSnapshot,
} from '../../shared/api/reports.ts';
import { formatVietnameseDate, vietnamDate } from '../../shared/dates.ts';
import { AppError, errors, type ErrorDetail } from '../http/errors.ts';
import { listPlans } from '../plans/plan.service.ts';
import { findUnitByCode, findUnitForDate, type UnitRow } from '../units/unit.repository.ts';
import { renderReportFile } from './report-files.ts';
import { reportPeriodOf, type ReportPeriod } from './report-period.ts';
import { presentReport } from './report.presenter.ts';
import {
  findListedReport,
  findReportSnapshot,
  insertReport,
  listReports as listReportRows,
  nextReportSequence,
} from './report.repository.ts';
import { gatherReportSnapshot } from './report-snapshot.service.ts';

/** What generating a report needs: the database, "now", and the reporting rules from the config. */
export type ReportContext = { db: Db; now: Date; cutDay: number; nearDeadlineDays: number };

export const reportContextOf = (deps: AppDeps): ReportContext => ({
  db: deps.database.db,
  now: deps.clock(),
  cutDay: deps.config.monthCutDay,
  nearDeadlineDays: deps.config.nearDeadlineDays,
});

export type GenerateRequest = {
  /** Whose scope the figures are gathered in. */
  viewer: AuthUser;
  actor: Actor;
  unit: UnitRow;
  period: ReportPeriod;
  asOf: string;
  planCode?: string;
  createdBy: number | null;
  scheduleId: number | null;
};

/**
 * Gathers the figures once, then numbers, stores and audits the report in one transaction. `claim`
 * runs first in that transaction; when it answers false nothing is stored (a schedule already ran).
 */
export async function generateReport(
  ctx: ReportContext,
  request: GenerateRequest,
  claim?: (tx: Executor) => Promise<boolean>,
): Promise<{ id: number; snapshot: ReportSnapshot } | null> {
  const { unit, period, asOf } = request;
  const issuedOn = vietnamDate(ctx.now);
  const draft = await gatherReportSnapshot(ctx.db, request.viewer, {
    unit,
    period,
    asOf,
    planCode: request.planCode,
    issuedOn,
    nearDeadlineDays: ctx.nearDeadlineDays,
  });
  return ctx.db.transaction(async (tx) => {
    if (claim && !(await claim(tx))) return null;
    const sequence = await nextReportSequence(tx, unit.id, Number(issuedOn.slice(0, 4)));
    const snapshot: ReportSnapshot = {
      ...draft.snapshot,
      documentNumber: `${sequence}/BC-${draft.snapshot.issuer.abbreviation}`,
    };
    const row = await insertReport(tx, {
      unitId: unit.id,
      planId: draft.planId,
      periodKind: period.kind,
      periodStart: period.start,
      asOf,
      documentNumber: snapshot.documentNumber,
      title: snapshot.title,
      snapshot,
      scheduleId: request.scheduleId,
      createdBy: request.createdBy,
      createdAt: ctx.now,
    });
    await recordAudit(tx, request.actor, {
      action: 'report.generate',
      entityType: 'report',
      entityId: row.id,
      unitId: unit.id,
      after: {
        documentNumber: snapshot.documentNumber,
        periodKind: period.kind,
        period: period.label,
        asOf,
        plan: snapshot.plan?.code ?? null,
        scheduleId: request.scheduleId,
      },
    });
    return { id: row.id, snapshot };
  });
}

/** Checks a plan code against the plans the caller can see; the detail names the field. */
export async function checkPlanCode(db: Db, caller: AuthUser, planCode: string | undefined): Promise<ErrorDetail[]> {
  if (!planCode || (await listPlans(db, caller)).some((p) => p.code === planCode)) return [];
  return [{ field: 'body.planCode', message: `Không có kế hoạch ${planCode} trong phạm vi của bạn.` }];
}

/** "Generate now": any unit in scope, any period kind, any day up to today. */
export async function createReport(
  ctx: ReportContext,
  caller: AuthUser,
  actor: Actor,
  input: CreateReportBody,
): Promise<Report> {
  const today = vietnamDate(ctx.now);
  const asOf = input.asOf ?? today;
  const unit = await findUnitForDate(ctx.db, input.unitCode, caller.scope, asOf);
  if (!unit) throw errors.notFound('Đơn vị');
  const details = await checkPlanCode(ctx.db, caller, input.planCode);
  if (asOf > today) {
    details.push({
      field: 'body.asOf',
      message: `Ngày lấy số liệu không được sau ngày hôm nay (${formatVietnameseDate(today)}).`,
    });
  }
  if (details.length > 0) throw errors.invalid(details);
  const generated = await generateReport(ctx, {
    viewer: caller,
    actor,
    unit,
    period: reportPeriodOf(asOf, input.periodKind, ctx.cutDay),
    asOf,
    planCode: input.planCode,
    createdBy: caller.id,
    scheduleId: null,
  });
  return getReport(ctx.db, caller, generated!.id);
}

export async function listReports(
  db: Db,
  caller: AuthUser,
  query: { unit?: string; limit: number; offset: number },
): Promise<{ items: Report[]; total: number }> {
  let unitId: number | undefined;
  if (query.unit) {
    const unit = await findUnitByCode(db, query.unit, caller.scope);
    if (!unit) throw errors.notFound('Đơn vị');
    unitId = unit.id;
  }
  const { items, total } = await listReportRows(db, caller.scope, { unitId, limit: query.limit, offset: query.offset });
  return { items: items.map(presentReport), total };
}

export async function getReport(db: Db, caller: AuthUser, id: number): Promise<Report> {
  const row = await findListedReport(db, caller.scope, id);
  if (!row) throw errors.notFound('Báo cáo');
  return presentReport(row);
}

/** A stored snapshot, checked against the schema it was written with. */
export function parseSnapshot(value: unknown): ReportSnapshot {
  const parsed = reportSnapshotSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(
      500,
      'REPORT_SNAPSHOT_INVALID',
      'Dữ liệu báo cáo đã lưu không đọc được. Vui lòng báo quản trị viên.',
    );
  }
  return parsed.data;
}

/** One of the report's files, rendered again from its stored snapshot (never from live figures). */
export async function reportFile(db: Db, caller: AuthUser, id: number, format: ReportFormat) {
  const row = await findReportSnapshot(db, caller.scope, id);
  if (!row) throw errors.notFound('Báo cáo');
  return renderReportFile(parseSnapshot(row.snapshot), format);
}
