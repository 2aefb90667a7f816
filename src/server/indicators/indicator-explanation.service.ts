import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { AppError, errors } from '../http/errors.ts';
import { findUnitByCode, findUnitById } from '../units/unit.repository.ts';
import { notifications } from '../urging/notification.table.ts';
import { findVisibleIndicator } from './indicator-values.service.ts';
import { indicatorExplanations } from './indicator.table.ts';

type Row = typeof indicatorExplanations.$inferSelect;
const present = (row: Row, unitCode: string) => ({
  id: row.id,
  unitCode,
  question: row.question,
  askedOn: row.askedOn,
  answer: row.answer,
  answeredOn: row.answeredOn,
});

/** A leader asks a unit to explain an indicator's figure; the unit's officers are notified. */
export async function requestIndicatorExplanation(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  indicatorId: number,
  input: { unitCode: string; question: string },
  today: string,
) {
  const indicator = await findVisibleIndicator(db, caller, indicatorId);
  const unit = await findUnitByCode(db, input.unitCode, caller.scope);
  if (!unit)
    throw errors.invalid([
      { field: 'body.unitCode', message: `Không có đơn vị ${input.unitCode} trong phạm vi của bạn.` },
    ]);
  if (!['leader', 'secretariat', 'admin'].includes(caller.role) || unit.id === caller.unit.id)
    throw errors.forbidden('yêu cầu giải trình chỉ tiêu này');
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(indicatorExplanations)
      .values({ indicatorId, unitId: unit.id, question: input.question, askedBy: caller.id, askedOn: today })
      .returning();
    const officers = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.unitId, unit.id), eq(users.isActive, true), inArray(users.role, ['officer', 'secretariat'])));
    if (officers.length) {
      await tx.insert(notifications).values(
        officers.map((o) => ({
          userId: o.id,
          taskId: null,
          kind: 'explanation_request',
          dedupeKey: `indicator:${created!.id}`,
          title: `Yêu cầu giải trình chỉ tiêu ${indicator.code}`,
          body: input.question,
          dueOn: null,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: 'indicator.explanation_requested',
      entityType: 'indicator',
      entityId: indicatorId,
      unitId: unit.id,
      after: created,
    });
    return present(created!, unit.code);
  });
}

export async function answerIndicatorExplanation(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  explanationId: number,
  answer: string,
  today: string,
) {
  const [row] = await db.select().from(indicatorExplanations).where(eq(indicatorExplanations.id, explanationId));
  const unit = row && (await findUnitById(db, row.unitId));
  if (!row || !unit || !unit.path.startsWith(caller.scope.path)) throw errors.notFound('Yêu cầu giải trình');
  if (caller.unit.id !== row.unitId || !['officer', 'secretariat'].includes(caller.role))
    throw errors.forbidden('giải trình thay đơn vị được hỏi');
  if (row.answer !== null) throw new AppError(409, 'ALREADY_ANSWERED', 'Yêu cầu này đã được giải trình.');
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(indicatorExplanations)
      .set({ answer, answeredBy: caller.id, answeredOn: today })
      .where(eq(indicatorExplanations.id, explanationId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'indicator.explanation_answered',
      entityType: 'indicator',
      entityId: row.indicatorId,
      unitId: row.unitId,
      before: row,
      after: updated,
    });
    return present(updated!, unit.code);
  });
}

export async function listIndicatorExplanations(db: Db, caller: AuthUser, indicatorId: number, unitCode: string) {
  await findVisibleIndicator(db, caller, indicatorId);
  const unit = await findUnitByCode(db, unitCode, caller.scope);
  if (!unit) throw errors.notFound('Đơn vị');
  const rows = await db
    .select()
    .from(indicatorExplanations)
    .where(and(eq(indicatorExplanations.indicatorId, indicatorId), eq(indicatorExplanations.unitId, unit.id)))
    .orderBy(desc(indicatorExplanations.id));
  return rows.map((row) => present(row, unit.code));
}
