import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import { units } from '../units/unit.table.ts';
import { users } from '../accounts/account.table.ts';
import { unitIdsInScope } from '../units/unit-scope.ts';
import type { Db, Executor } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { IndicatorValue, RecordValueBody } from '../../shared/api/indicators.ts';
import { AppError, errors } from '../http/errors.ts';
import { listPlans } from '../plans/plan.service.ts';
import { findUnitByCode, findUnitById } from '../units/unit.repository.ts';
import { isPathInScope } from '../units/unit-scope.ts';
import { indicators, indicatorValues } from './indicator.table.ts';
import { checkPeriodEnd, checkValue, storedComment, VALUE_PENDING_MESSAGE } from './value-checks.ts';
import type { PeriodKind } from '../../shared/indicator-math.ts';

type ValueRow = typeof indicatorValues.$inferSelect;
export type Source = 'form' | 'import' | 'api';

const present = (row: ValueRow, indicatorCode: string, unitCode: string): IndicatorValue => ({
  id: row.id,
  indicatorCode,
  unitCode,
  periodEnd: row.periodEnd,
  value: row.value,
  version: row.version,
  status: row.status as IndicatorValue['status'],
  source: row.source,
  comment: row.comment,
  submittedOn: row.submittedOn,
  reviewedOn: row.reviewedOn,
  reviewReason: row.reviewReason,
  warnings: row.warnings,
});

/** An indicator of a plan the caller can see; otherwise it does not exist for them. */
export async function findVisibleIndicator(db: Db, caller: Pick<AuthUser, 'scope' | 'unit'>, id: number) {
  const [indicator] = await db.select().from(indicators).where(eq(indicators.id, id));
  if (!indicator) throw errors.notFound('Chỉ tiêu');
  const isVisible = (await listPlans(db, caller)).some((plan) => plan.id === indicator.planId);
  if (!isVisible) throw errors.notFound('Chỉ tiêu');
  return indicator;
}

/**
 * Records a value for a unit and period. Approved values lock: a new value for the same period is a
 * correction (version + 1) that waits for review while the approved one keeps counting.
 */
/** A person, or a machine token (id null) pushing through the API for its unit. */
export type Submitter = Pick<AuthUser, 'scope' | 'unit'> & { id: number | null };

export async function recordValue(
  db: Db,
  caller: Submitter,
  actor: Actor,
  indicatorId: number,
  input: RecordValueBody & { requestKey?: string | null; source: Source },
  rules: { today: string; cutDay: number },
): Promise<IndicatorValue> {
  const { today } = rules;
  const indicator = await findVisibleIndicator(db, caller, indicatorId);
  const unit = await findUnitByCode(db, input.unitCode, caller.scope);
  if (!unit)
    throw errors.invalid([
      { field: 'body.unitCode', message: `Không có đơn vị ${input.unitCode} trong phạm vi của bạn.` },
    ]);
  const periodProblem = checkPeriodEnd(indicator.period as PeriodKind, input.periodEnd, rules);
  if (periodProblem) throw errors.invalid([periodProblem]);
  if (input.requestKey) {
    const [same] = await db
      .select()
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.indicatorId, indicatorId),
          eq(indicatorValues.unitId, unit.id),
          eq(indicatorValues.requestKey, input.requestKey),
        ),
      );
    if (same) return present(same, indicator.code, unit.code); // idempotent replay
  }
  const history = await db
    .select({ value: indicatorValues.value })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicatorId, indicatorId),
        eq(indicatorValues.unitId, unit.id),
        eq(indicatorValues.status, 'approved'),
      ),
    )
    .orderBy(asc(indicatorValues.periodEnd), asc(indicatorValues.version));
  const checked = checkValue(
    indicator,
    input.value,
    history.map((h) => h.value),
    input.explanation,
  );
  if (checked.errors.length) throw errors.invalid(checked.errors);
  const samePeriod = and(
    eq(indicatorValues.indicatorId, indicatorId),
    eq(indicatorValues.unitId, unit.id),
    eq(indicatorValues.periodEnd, input.periodEnd),
  );
  const [pending] = await db
    .select()
    .from(indicatorValues)
    .where(and(samePeriod, eq(indicatorValues.status, 'submitted')));
  if (pending) throw new AppError(409, 'VALUE_PENDING', VALUE_PENDING_MESSAGE);
  return db.transaction(async (tx) => {
    const [{ version } = { version: 0 }] = await tx
      .select({ version: max(indicatorValues.version) })
      .from(indicatorValues)
      .where(samePeriod);
    const [created] = await tx
      .insert(indicatorValues)
      .values({
        indicatorId,
        unitId: unit.id,
        periodEnd: input.periodEnd,
        value: input.value,
        version: (version ?? 0) + 1,
        status: 'submitted',
        source: input.source,
        comment: storedComment(input.comment, input.explanation),
        requestKey: input.requestKey ?? null,
        submittedBy: caller.id,
        submittedOn: today,
        warnings: checked.warnings,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'indicator.value_recorded',
      entityType: 'indicator_value',
      entityId: created!.id,
      unitId: unit.id,
      after: created,
    });
    return present(created!, indicator.code, unit.code);
  });
}

async function loadForReview(db: Db, caller: AuthUser, valueId: number) {
  const [row] = await db.select().from(indicatorValues).where(eq(indicatorValues.id, valueId));
  const unit = row && (await findUnitById(db, row.unitId));
  if (!row || !unit || !isPathInScope(caller.scope, unit.path)) throw errors.notFound('Số liệu');
  const indicator = await findVisibleIndicator(db, caller, row.indicatorId);
  if (!can(caller.role, 'indicators:review') || caller.id === row.submittedBy)
    throw errors.forbidden('duyệt số liệu này');
  if (row.status !== 'submitted')
    throw new AppError(409, 'VALUE_LOCKED', 'Số liệu đã được duyệt hoặc trả lại; gửi số liệu mới để điều chỉnh.');
  return { row, unit, indicator };
}

export async function reviewValue(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  valueId: number,
  decision: { isApproved: boolean; reason?: string },
  today: string,
) {
  const { row, unit, indicator } = await loadForReview(db, caller, valueId);
  return db.transaction(async (tx: Executor) => {
    const [updated] = await tx
      .update(indicatorValues)
      .set({
        status: decision.isApproved ? 'approved' : 'returned',
        reviewedBy: caller.id,
        reviewedOn: today,
        reviewReason: decision.reason ?? null,
      })
      .where(eq(indicatorValues.id, valueId))
      .returning();
    await recordAudit(tx, actor, {
      action: decision.isApproved ? 'indicator.value_approved' : 'indicator.value_returned',
      entityType: 'indicator_value',
      entityId: valueId,
      unitId: unit.id,
      before: row,
      after: updated,
    });
    return present(updated!, indicator.code, unit.code);
  });
}

/** Every version of every period for one unit, newest first: corrections never hide what was there. */
export async function valueHistory(db: Db, caller: AuthUser, indicatorId: number, unitCode: string) {
  const indicator = await findVisibleIndicator(db, caller, indicatorId);
  const unit = await findUnitByCode(db, unitCode, caller.scope);
  if (!unit) throw errors.notFound('Đơn vị');
  const rows = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.unitId, unit.id)))
    .orderBy(desc(indicatorValues.periodEnd), desc(indicatorValues.version));
  return rows.map((row) => present(row, indicator.code, unit.code));
}

/** The review queue: values waiting for a decision, from units in the caller's scope, oldest first. */
export async function pendingValues(db: Db, caller: AuthUser) {
  const rows = await db
    .select({
      value: indicatorValues,
      indicator: { code: indicators.code, name: indicators.name, unitOfMeasure: indicators.unitOfMeasure },
      unitCode: units.code,
      submittedByName: users.displayName,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .innerJoin(units, eq(units.id, indicatorValues.unitId))
    .leftJoin(users, eq(users.id, indicatorValues.submittedBy))
    .where(
      and(eq(indicatorValues.status, 'submitted'), sql`${indicatorValues.unitId} in ${unitIdsInScope(caller.scope)}`),
    )
    .orderBy(asc(indicatorValues.submittedOn), asc(indicatorValues.id))
    .limit(500);
  return rows.map((row) => ({
    ...present(row.value, row.indicator.code, row.unitCode),
    indicatorName: row.indicator.name,
    indicatorId: row.value.indicatorId,
    unitOfMeasure: row.indicator.unitOfMeasure,
    // Machine pushes have no person behind them; a reviewer cannot approve their own entry.
    submittedByName: row.submittedByName ?? 'Kết nối tự động',
    isOwnEntry: row.value.submittedBy === caller.id,
  }));
}
