import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { plans } from '../plans/plan.table.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';
import { reports } from './report.table.ts';

export type ReportRow = typeof reports.$inferSelect;
export type NewReport = Omit<typeof reports.$inferInsert, 'id'>;

// Any fixed key, paired with the unit id: numbering a unit's reports takes turns, other units' do not wait.
const REPORT_NUMBER_LOCK = 5_700_058;

/**
 * The next sequence number (số) of a unit's reports in a year. Call it in the transaction that stores
 * the report: the lock makes two reports generated at once take consecutive numbers.
 */
export async function nextReportSequence(tx: Executor, unitId: number, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${REPORT_NUMBER_LOCK}, ${unitId})`);
  const [row] = await tx
    .select({ last: sql<number>`coalesce(max(split_part(${reports.documentNumber}, '/', 1)::int), 0)` })
    .from(reports)
    .where(and(eq(reports.unitId, unitId), sql`${reports.snapshot}->>'issuedOn' like ${`${year}-%`}`));
  return Number(row?.last ?? 0) + 1;
}

export async function insertReport(tx: Executor, values: NewReport): Promise<ReportRow> {
  const [row] = await tx.insert(reports).values(values).returning();
  return row!;
}

/** Metadata for lists: the snapshot stays in the database except the few figures a list shows. */
const listed = (db: Executor) =>
  db
    .select({
      id: reports.id,
      unit: { code: units.code, fullName: units.fullName },
      planCode: plans.code,
      planTitle: plans.title,
      periodKind: reports.periodKind,
      periodStart: reports.periodStart,
      asOf: reports.asOf,
      documentNumber: reports.documentNumber,
      title: reports.title,
      createdAt: reports.createdAt,
      createdBy: users.displayName,
      scheduleId: reports.scheduleId,
      periodLabel: sql<string>`${reports.snapshot}->'period'->>'label'`,
      issuedOn: sql<string>`${reports.snapshot}->>'issuedOn'`,
      tasks: sql<Record<string, number | null>>`${reports.snapshot}->'tasks'`,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .leftJoin(plans, eq(plans.id, reports.planId))
    .leftJoin(users, eq(users.id, reports.createdBy));

export type ListedReport = Awaited<ReturnType<ReturnType<typeof listed>['execute']>>[number];

const inScope = (scope: Scope): SQL => sql`${reports.unitId} in ${unitIdsInScope(scope)}`;

export async function listReports(
  db: Executor,
  scope: Scope,
  filter: { unitId?: number; limit: number; offset: number },
): Promise<{ items: ListedReport[]; total: number }> {
  const where = and(inScope(scope), filter.unitId === undefined ? undefined : eq(reports.unitId, filter.unitId));
  const [items, [totalRow]] = await Promise.all([
    listed(db)
      .where(where)
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(reports).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findListedReport(db: Executor, scope: Scope, id: number): Promise<ListedReport | undefined> {
  const [row] = await listed(db).where(and(eq(reports.id, id), inScope(scope)));
  return row;
}

/** The stored snapshot of a report in scope (for rendering its files). */
export async function findReportSnapshot(db: Executor, scope: Scope, id: number) {
  const [row] = await db
    .select({ id: reports.id, snapshot: reports.snapshot })
    .from(reports)
    .where(and(eq(reports.id, id), inScope(scope)));
  return row;
}
