import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { AppDeps } from '../app.ts';
import type { Db, Executor } from '../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { toAuthUser, type AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, systemActor, type Actor } from '../audit/audit.service.ts';
import type {
  CreateScheduleBody,
  ReportSchedule,
  ScheduleRunResult,
  SchedulePeriodKind,
} from '../../shared/api/reports.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { errors } from '../http/errors.ts';
import { plans } from '../plans/plan.table.ts';
import { findUnitByCode } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';
import { mailReport } from './report-mailer.ts';
import { duePeriod, nextRunOn, type ReportPeriod, type ScheduleTiming } from './report-period.ts';
import { reportSchedules } from './report.table.ts';
import { checkPlanCode, generateReport, reportContextOf, type ReportContext } from './report.service.ts';

const joined = (db: Executor) =>
  db
    .select({ schedule: reportSchedules, unit: units, plan: { code: plans.code, title: plans.title }, creator: users })
    .from(reportSchedules)
    .innerJoin(units, eq(units.id, reportSchedules.unitId))
    .innerJoin(users, eq(users.id, reportSchedules.createdBy))
    .leftJoin(plans, eq(plans.id, reportSchedules.planId));
type JoinedSchedule = Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number];

const inScope = (scope: Scope) => sql`${reportSchedules.unitId} in ${unitIdsInScope(scope)}`;

function timingOf(schedule: JoinedSchedule['schedule']): ScheduleTiming {
  const kind = schedule.periodKind as SchedulePeriodKind;
  return {
    kind,
    // Weekly reports go out the day after each week; the column keeps a placeholder for them.
    dayOfMonth: kind === 'weekly' ? null : schedule.dayOfMonth,
    createdOn: vietnamDate(schedule.createdAt),
    lastRunOn: schedule.lastRunOn,
  };
}

function present(row: JoinedSchedule, today: string, cutDay: number): ReportSchedule {
  const timing = timingOf(row.schedule);
  return {
    id: row.schedule.id,
    unit: { code: row.unit.code, fullName: row.unit.fullName },
    plan: row.plan?.code ? { code: row.plan.code, title: row.plan.title } : null,
    periodKind: timing.kind,
    dayOfMonth: timing.dayOfMonth,
    recipients: row.schedule.recipients,
    isActive: row.schedule.isActive,
    lastRunOn: row.schedule.lastRunOn,
    nextRunOn: row.schedule.isActive ? nextRunOn(timing, today, cutDay) : null,
    createdAt: row.schedule.createdAt.toISOString(),
    createdBy: row.creator.displayName,
  };
}

async function loadSchedule(db: Db, scope: Scope, id: number) {
  const [row] = await joined(db).where(and(eq(reportSchedules.id, id), inScope(scope)));
  if (!row) throw errors.notFound('Lịch báo cáo');
  return row;
}

export async function createSchedule(
  ctx: ReportContext,
  caller: AuthUser,
  actor: Actor,
  input: CreateScheduleBody,
): Promise<ReportSchedule> {
  const unit = await findUnitByCode(ctx.db, input.unitCode, caller.scope);
  if (!unit || unit.validTo !== null) throw errors.notFound('Đơn vị');
  const details = await checkPlanCode(ctx.db, caller, input.planCode);
  if (input.periodKind !== 'weekly' && input.dayOfMonth === undefined) {
    details.push({ field: 'body.dayOfMonth', message: 'Vui lòng chọn ngày gửi trong tháng (từ 1 đến 28).' });
  }
  if (details.length > 0) throw errors.invalid(details);
  const [plan] = input.planCode ? await ctx.db.select().from(plans).where(eq(plans.code, input.planCode)) : [];
  const id = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(reportSchedules)
      .values({
        unitId: unit.id,
        planId: plan?.id ?? null,
        periodKind: input.periodKind,
        dayOfMonth: input.dayOfMonth ?? 1,
        recipients: [...new Set(input.recipients)],
        createdBy: caller.id,
        createdAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'report_schedule.create',
      entityType: 'report_schedule',
      entityId: created!.id,
      unitId: unit.id,
      after: created,
    });
    return created!.id;
  });
  return present(await loadSchedule(ctx.db, caller.scope, id), vietnamDate(ctx.now), ctx.cutDay);
}

/** Active schedules in scope, newest first. */
export async function listSchedules(ctx: ReportContext, caller: AuthUser, query: { unit?: string }) {
  const conditions = [inScope(caller.scope), eq(reportSchedules.isActive, true)];
  if (query.unit) {
    const unit = await findUnitByCode(ctx.db, query.unit, caller.scope);
    if (!unit) throw errors.notFound('Đơn vị');
    conditions.push(eq(reportSchedules.unitId, unit.id));
  }
  const rows = await joined(ctx.db)
    .where(and(...conditions))
    .orderBy(desc(reportSchedules.createdAt), desc(reportSchedules.id));
  const today = vietnamDate(ctx.now);
  return { items: rows.map((row) => present(row, today, ctx.cutDay)) };
}

/** Stops a schedule; the reports it generated stay. */
export async function deactivateSchedule(
  ctx: ReportContext,
  caller: AuthUser,
  actor: Actor,
  id: number,
): Promise<ReportSchedule> {
  const row = await loadSchedule(ctx.db, caller.scope, id);
  if (row.schedule.isActive) {
    await ctx.db.transaction(async (tx) => {
      const [after] = await tx
        .update(reportSchedules)
        .set({ isActive: false })
        .where(eq(reportSchedules.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'report_schedule.deactivate',
        entityType: 'report_schedule',
        entityId: id,
        unitId: row.schedule.unitId,
        before: row.schedule,
        after,
      });
    });
  }
  return present(await loadSchedule(ctx.db, caller.scope, id), vietnamDate(ctx.now), ctx.cutDay);
}

/** One schedule's report, claimed through `lastRunOn` in the transaction that stores it (null: already run). */
function generateScheduled(ctx: ReportContext, row: JoinedSchedule, period: ReportPeriod, today: string) {
  const scheduleId = row.schedule.id;
  return generateReport(
    ctx,
    {
      // The figures are gathered in the scheduled unit's own subtree, whoever created the schedule.
      viewer: toAuthUser(row.creator, row.unit, { id: `report-schedule-${scheduleId}`, csrfToken: '' }),
      actor: systemActor(`report-schedule:${scheduleId}`),
      unit: row.unit,
      period,
      asOf: period.end,
      planCode: row.plan?.code ?? undefined,
      createdBy: null,
      scheduleId,
    },
    async (tx) => {
      const claimed = await tx
        .update(reportSchedules)
        .set({ lastRunOn: today })
        .where(
          and(
            eq(reportSchedules.id, scheduleId),
            or(isNull(reportSchedules.lastRunOn), lt(reportSchedules.lastRunOn, today)),
          ),
        )
        .returning({ id: reportSchedules.id });
      return claimed.length > 0;
    },
  );
}

/**
 * Generates every report that is due today (within `scope` when given) and e-mails it with its three
 * files. Idempotent: each schedule claims its due day through `lastRunOn` in the transaction that stores
 * the report, so a second run (or a concurrent one) sends nothing twice. Failures are counted; a report
 * whose mail failed stays stored (and is not mailed again).
 */
export async function runDueReportSchedules(deps: AppDeps, today: string, scope?: Scope): Promise<ScheduleRunResult> {
  const ctx = reportContextOf(deps);
  // A schedule belongs to its unit: it keeps running when its creator leaves, until someone stops it.
  // A unit that merged away (valid_to set) has nothing left to report on.
  const conditions = [eq(reportSchedules.isActive, true), isNull(units.validTo)];
  if (scope) conditions.push(inScope(scope));
  const rows = await joined(ctx.db)
    .where(and(...conditions))
    .orderBy(reportSchedules.id);
  const result: ScheduleRunResult = { generated: 0, emailed: 0, failed: 0, reports: [] };
  // The app's mailer (absent without SMTP_URL: reports are still generated and kept).
  const { mailer } = deps;
  for (const row of rows) {
    const period = duePeriod(timingOf(row.schedule), today, ctx.cutDay);
    if (!period) continue;
    try {
      const generated = await generateScheduled(ctx, row, period, today);
      if (!generated) continue;
      result.generated += 1;
      result.reports.push({
        id: generated.id,
        scheduleId: row.schedule.id,
        documentNumber: generated.snapshot.documentNumber,
      });
      if (!mailer) continue;
      await mailReport(mailer, row.schedule.recipients, generated.snapshot);
      result.emailed += 1;
    } catch {
      // One schedule's failure (a mail server down, a plan removed) does not stop the others.
      result.failed += 1;
    }
  }
  return result;
}
