import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { users } from '../accounts/account.table.ts';
import type { ReportSnapshot } from '../../shared/api/reports.ts';
import type { TaskCounts, TaskStats } from '../../shared/api/stats.ts';
import { addDays } from '../../shared/dates.ts';
import { getDashboard } from '../dashboard/dashboard.service.ts';
import { getIndicatorStats } from '../indicators/indicator-stats.service.ts';
import { listPlans } from '../plans/plan.service.ts';
import { urgentTasksAsOf } from '../tasks/task-stats.repository.ts';
import { getTaskStats } from '../tasks/task-stats.service.ts';
import { findUnitById, type UnitRow } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import { issuerOf } from './report-issuer.ts';
import { openIssues } from './report-issues.repository.ts';
import type { ReportPeriod } from './report-period.ts';

export type SnapshotRequest = {
  unit: UnitRow;
  period: ReportPeriod;
  asOf: string;
  /** A plan the caller can see (checked by the caller); else the plan the dashboard picks. */
  planCode?: string;
  issuedOn: string;
  nearDeadlineDays: number;
};

/** A snapshot before it is numbered (the number is given in the transaction that stores it), and its plan's id. */
export type SnapshotDraft = { snapshot: Omit<ReportSnapshot, 'documentNumber'>; planId: number | null };

const RESOLUTION = 'Nghị quyết số 57-NQ/TW';

const countsOf = ({ unit: _u, asOf: _a, byPillar: _p, byChildUnit: _c, ...counts }: TaskStats): TaskCounts => counts;

async function signerOf(db: Db, unitId: number): Promise<string | null> {
  const [leader] = await db
    .select({ name: users.displayName })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.role, 'leader'), eq(users.isActive, true)))
    .orderBy(asc(users.id))
    .limit(1);
  return leader?.name ?? null;
}

async function hasSubUnits(db: Db, unitId: number): Promise<boolean> {
  const [child] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, unitId), isNull(units.validTo)))
    .limit(1);
  return child !== undefined;
}

async function overdueTasks(db: Db, unit: UnitRow, asOf: string, near: number) {
  const urgent = (await urgentTasksAsOf(db, unit.path, asOf, near, 200)).filter((t) => t.status === 'overdue');
  const leadIds = [...new Set(urgent.map((t) => t.leadUnitId))];
  const leads = leadIds.length ? await db.select().from(units).where(inArray(units.id, leadIds)) : [];
  const nameOf = new Map(leads.map((u) => [u.id, u.fullName]));
  return urgent.map((t) => ({
    code: t.code,
    title: t.title,
    unit: nameOf.get(t.leadUnitId) ?? null,
    dueOn: t.deadline,
  }));
}

/**
 * Gathers once, in the viewer's scope and from the existing figure services, everything a report says:
 * the dashboard's task figures, ranking and plan, the previous period's figures, the plan's indicators,
 * overdue tasks and the difficulties and recommendations the units reported.
 */
export async function gatherReportSnapshot(db: Db, viewer: AuthUser, request: SnapshotRequest): Promise<SnapshotDraft> {
  const { unit, period, asOf, nearDeadlineDays: near } = request;
  const dashboard = await getDashboard(db, viewer, { unit: unit.code, asOf, plan: request.planCode }, near);
  const beforeOn = period.start !== null && period.start <= asOf ? addDays(period.start, -1) : null;
  const before = beforeOn ? await getTaskStats(db, viewer.scope, { unit: unit.code, asOf: beforeOn }, near) : null;
  const indicators = dashboard.plan
    ? await getIndicatorStats(db, viewer, { unit: unit.code, plan: dashboard.plan.code, asOf })
    : null;
  const planRow = dashboard.plan
    ? (await listPlans(db, viewer)).find((p) => p.code === dashboard.plan!.code)
    : undefined;
  const parent = unit.parentId === null ? null : ((await findUnitById(db, unit.parentId)) ?? null);
  const issuer = issuerOf(unit, parent, await signerOf(db, unit.id));
  const issues = await openIssues(db, unit.path, asOf);
  const plan = planRow ? { code: planRow.code, title: planRow.title, kind: planRow.kind } : null;
  const planPart = plan && plan.code !== '57-NQ/TW' ? ` và ${plan.kind} số ${plan.code}` : '';
  const recipients = [
    ...(parent ? [`${parent.name} (để báo cáo)`] : []),
    ...((await hasSubUnits(db, unit.id)) ? ['Các đơn vị trực thuộc (để thực hiện)'] : []),
    'Lưu: VT',
  ];
  const snapshot: SnapshotDraft['snapshot'] = {
    version: 1,
    issuer,
    issuedOn: request.issuedOn,
    title: `Báo cáo tình hình thực hiện ${RESOLUTION} ${period.phrase} – ${unit.fullName}`,
    subject: `Tình hình, kết quả thực hiện ${RESOLUTION}${planPart} ${period.phrase}`,
    period,
    asOf,
    plan,
    tasks: dashboard.tasks,
    tasksBefore: before && beforeOn ? { on: beforeOn, counts: countsOf(before) } : null,
    tasksByPillar: dashboard.byPillar,
    tasksByUnit: dashboard.ranking.map((r) => ({
      unit: { code: r.unit.code, fullName: r.unit.fullName },
      total: r.total,
      overdue: r.overdue,
      completionRate: r.completionRate,
      score: r.score,
      grade: r.grade,
      rank: r.rank,
    })),
    overdueTasks: await overdueTasks(db, unit, asOf, near),
    indicators: indicators && {
      total: indicators.total,
      byPillar: indicators.byPillar,
      withTarget: indicators.withTarget,
      improvedSinceBaseline: indicators.improvedSinceBaseline,
      byStatus: indicators.byStatus,
      items: indicators.items.map((i) => ({
        code: i.code,
        name: i.name,
        pillar: i.pillar,
        tier: i.tier,
        unitOfMeasure: i.unitOfMeasure,
        direction: i.direction,
        value: i.value,
        valueOn: i.valueOn,
        baseline: i.baseline,
        changeSinceBaseline: i.changeSinceBaseline,
        target: i.target,
        targetYear: i.targetYear,
        percentOfTarget: i.percentOfTarget,
        status: i.status,
        isSample: i.isSample,
      })),
    },
    difficulties: issues.difficulties,
    recommendations: issues.recommendations,
    recipients,
  };
  return { snapshot, planId: planRow?.id ?? null };
}
