import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { appendEvent } from '../tasks/task.repository.ts';
import { units } from '../units/unit.table.ts';
import { notifications } from './notification.table.ts';
import { urgesFor, type Urge, type UrgingSettings, type UrgingTask } from './urging-rules.ts';

/** Unfinished tasks with the facts urging needs (last lead-unit report date included). */
async function openTasks(db: Executor): Promise<(UrgingTask & { leadUnitId: number; leadPath: string })[]> {
  const rows = await db.execute(sql`
    select t.id, t.code, t.title, t.deadline, t.is_daily_report as "isDailyReport", t.started_on as "startedOn",
      t.assigned_on as "assignedOn", t.lead_unit_id as "leadUnitId", u.path as "leadPath",
      (select max(e.occurred_on) from task_events e
        where e.task_id = t.id and e.kind = 'progress_reported' and e.unit_id = t.lead_unit_id) as "lastReportOn"
    from tasks t join units u on u.id = t.lead_unit_id
    where t.completed_on is null`);
  return rows.rows as (UrgingTask & { leadUnitId: number; leadPath: string })[];
}

/** Officers of the lead unit get notices; escalations go to the nearest leaders at or above it. */
async function recipients(db: Executor, urge: Urge, leadUnitId: number, leadPath: string): Promise<number[]> {
  if (urge.kind !== 'escalation') {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.unitId, leadUnitId), eq(users.isActive, true), inArray(users.role, ['officer', 'secretariat'])),
      );
    return rows.map((r) => r.id);
  }
  const rows = await db
    .select({ id: users.id, path: units.path })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.role, 'leader'), eq(users.isActive, true), sql`${leadPath} like ${units.path} || '%'`));
  const deepest = Math.max(0, ...rows.map((r) => r.path.length));
  return rows.filter((r) => r.path.length === deepest).map((r) => r.id);
}

export type UrgingResult = { notices: number; tasks: number };

/** One urging pass for `today`; idempotent, so a rerun or a second worker sends nothing twice. */
export async function runUrging(db: Db, today: string, settings: UrgingSettings): Promise<UrgingResult> {
  const candidates = await openTasks(db);
  let notices = 0;
  const touched = new Set<number>();
  for (const task of candidates) {
    for (const urge of urgesFor(task, today, settings)) {
      const userIds = await recipients(db, urge, task.leadUnitId, task.leadPath);
      if (userIds.length === 0) continue;
      await db.transaction(async (tx) => {
        const created = await tx
          .insert(notifications)
          .values(
            userIds.map((userId) => ({
              userId,
              taskId: task.id,
              kind: urge.kind,
              dedupeKey: urge.dedupeKey,
              title: urge.title,
              body: urge.body,
              dueOn: urge.dueOn,
            })),
          )
          .onConflictDoNothing()
          .returning({ id: notifications.id });
        if (created.length === 0) return;
        await appendEvent(tx, {
          taskId: task.id,
          kind: 'reminder_sent',
          occurredOn: today,
          actorId: null,
          unitId: null,
          payload: { kind: urge.kind, recipients: created.length, about: urge.dedupeKey },
        });
        notices += created.length;
        touched.add(task.id);
      });
    }
  }
  if (notices > 0) {
    await recordAudit(db, systemActor('urging'), {
      action: 'urging.run',
      entityType: 'system',
      entityId: today,
      after: { notices, tasks: touched.size },
    });
  }
  return { notices, tasks: touched.size };
}

export async function listNotifications(db: Db, userId: number, limit = 50) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(sql`${notifications.createdAt} desc`, sql`${notifications.id} desc`)
    .limit(limit);
}

export async function markRead(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}
