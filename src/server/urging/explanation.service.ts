import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { AppError, errors } from '../http/errors.ts';
import { appendEvent, timelineOf } from '../tasks/task.repository.ts';
import { loadVisibleTask } from '../tasks/task-query.service.ts';
import { notifications } from './notification.table.ts';

const REQUESTERS = ['leader', 'secretariat', 'admin'];

/** A leader asks the lead unit to explain (yêu cầu giải trình); the unit's officers are notified. */
export async function requestExplanation(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  taskId: number,
  question: string,
  today: string,
) {
  const { row } = await loadVisibleTask(db, caller, taskId);
  if (!REQUESTERS.includes(caller.role) || caller.unit.id === row.task.leadUnitId) {
    throw errors.forbidden('yêu cầu giải trình nhiệm vụ này');
  }
  await db.transaction(async (tx) => {
    const event = await appendEvent(tx, {
      taskId,
      kind: 'explanation_requested',
      occurredOn: today,
      actorId: caller.id,
      unitId: caller.unit.id,
      payload: { question },
    });
    const officers = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.unitId, row.task.leadUnitId),
          eq(users.isActive, true),
          inArray(users.role, ['officer', 'secretariat']),
        ),
      );
    if (officers.length) {
      await tx.insert(notifications).values(
        officers.map((o) => ({
          userId: o.id,
          taskId,
          kind: 'explanation_request',
          dedupeKey: String(event.id),
          title: `Yêu cầu giải trình: ${row.task.code}`,
          body: question,
          dueOn: null,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: 'task.explanation_requested',
      entityType: 'task',
      entityId: taskId,
      unitId: row.task.leadUnitId,
      after: { eventId: event.id, question },
    });
  });
}

/** The lead unit answers in the task's timeline; the answer names the request it closes. */
export async function answerExplanation(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  taskId: number,
  requestId: number,
  answer: string,
  today: string,
) {
  const { row } = await loadVisibleTask(db, caller, taskId);
  if (caller.unit.id !== row.task.leadUnitId || !['officer', 'secretariat'].includes(caller.role)) {
    throw errors.forbidden('giải trình thay đơn vị chủ trì');
  }
  const timeline = (await timelineOf(db, taskId)).map((t) => t.event);
  const request = timeline.find((e) => e.id === requestId && e.kind === 'explanation_requested');
  if (!request) throw errors.notFound('Yêu cầu giải trình');
  if (timeline.some((e) => e.kind === 'explanation_answered' && e.payload.requestEventId === requestId)) {
    throw new AppError(409, 'ALREADY_ANSWERED', 'Yêu cầu này đã được giải trình.');
  }
  await db.transaction(async (tx) => {
    await appendEvent(tx, {
      taskId,
      kind: 'explanation_answered',
      occurredOn: today,
      actorId: caller.id,
      unitId: caller.unit.id,
      payload: { answer, requestEventId: requestId },
    });
    await recordAudit(tx, actor, {
      action: 'task.explanation_answered',
      entityType: 'task',
      entityId: taskId,
      unitId: row.task.leadUnitId,
      after: { requestEventId: requestId, answer },
    });
  });
}
