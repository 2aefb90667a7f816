import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.ts';
import { foldForSearch } from '../../shared/text.ts';
import { users } from '../accounts/account.table.ts';
import { plans } from '../plans/plan.table.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';
import { taskCoordinators, taskEvents, tasks, type TaskEventKind } from './task.table.ts';

export type TaskRow = typeof tasks.$inferSelect;
const leadUnit = alias(units, 'lead_unit');
const assigningUnit = alias(units, 'assigning_unit');

/** A task is visible to whoever has its lead, assigning or a coordinating unit in scope. */
export function taskVisibleTo(scope: Scope): SQL {
  const ids = unitIdsInScope(scope);
  return sql`(${tasks.leadUnitId} in ${ids} or ${tasks.assigningUnitId} in ${ids} or exists (
    select 1 from task_coordinators c where c.task_id = ${tasks.id} and c.unit_id in ${ids}))`;
}

const joined = (db: Executor) =>
  db
    .select({ task: tasks, plan: { code: plans.code, title: plans.title }, lead: leadUnit, assigning: assigningUnit })
    .from(tasks)
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .innerJoin(leadUnit, eq(leadUnit.id, tasks.leadUnitId))
    .innerJoin(assigningUnit, eq(assigningUnit.id, tasks.assigningUnitId));

export type JoinedTask = Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number];

export async function findVisibleTask(db: Executor, scope: Scope, id: number): Promise<JoinedTask | undefined> {
  const [row] = await joined(db).where(and(eq(tasks.id, id), taskVisibleTo(scope)));
  return row;
}

/** Today's status from the row's current facts; mirrors deriveTaskStatus() for list filters. */
export function currentStatusSql(today: string, nearDeadlineDays: number): SQL {
  return sql`(case
    when ${tasks.completedOn} is not null and ${tasks.deadline} is not null and ${tasks.completedOn} > ${tasks.deadline} then 'completed_late'
    when ${tasks.completedOn} is not null then 'completed_on_time'
    when ${tasks.deadline} is not null and ${today}::date > ${tasks.deadline} then 'overdue'
    when ${tasks.startedOn} is null then 'not_started'
    when ${tasks.deadline} is not null and ${tasks.deadline} - ${today}::date <= ${nearDeadlineDays} then 'near_deadline'
    else 'in_progress' end)`;
}

export type TaskFilter = {
  unitPath?: string;
  planCode?: string;
  pillar?: string;
  q?: string;
  unitId?: number;
  status?: { value: string; today: string; nearDeadlineDays: number };
  pending?: 'completion' | 'extension';
};

/** Requests still open: the request has no later decision on the same task. */
const pendingRequest = {
  completion: {
    request: 'completion_proposed',
    decisions: ['completion_confirmed', 'completion_returned', 'reopened'],
  },
  extension: { request: 'extension_requested', decisions: ['extension_approved', 'extension_refused'] },
} as const;

export async function listVisibleTasks(
  db: Executor,
  scope: Scope,
  filter: TaskFilter,
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [taskVisibleTo(scope)];
  if (filter.unitPath) conditions.push(sql`${leadUnit.path} like ${`${filter.unitPath}%`}`);
  if (filter.unitId) {
    conditions.push(
      or(
        eq(tasks.leadUnitId, filter.unitId),
        sql`exists (select 1 from task_coordinators c where c.task_id = ${tasks.id} and c.unit_id = ${filter.unitId})`,
      )!,
    );
  }
  if (filter.planCode) conditions.push(eq(plans.code, filter.planCode));
  if (filter.pending) {
    const { request, decisions } = pendingRequest[filter.pending];
    conditions.push(sql`exists (
      select 1 from task_events r where r.task_id = ${tasks.id} and r.kind = ${request}
        and not exists (select 1 from task_events d where d.task_id = r.task_id and d.id > r.id
          and d.kind in (${sql.join(
            decisions.map((k) => sql`${k}`),
            sql`, `,
          )})))`);
  }
  if (filter.pillar) conditions.push(eq(tasks.pillar, filter.pillar));
  if (filter.status) {
    const { value, today, nearDeadlineDays } = filter.status;
    conditions.push(sql`${currentStatusSql(today, nearDeadlineDays)} = ${value}`);
  }
  if (filter.q) {
    const like = `%${foldForSearch(filter.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`${tasks.searchText} like ${like}`);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(sql`${tasks.deadline} asc nulls last`, asc(tasks.code))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(tasks)
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .innerJoin(leadUnit, eq(leadUnit.id, tasks.leadUnitId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listSubtasks(db: Executor, scope: Scope, parentId: number) {
  return joined(db)
    .where(and(eq(tasks.parentTaskId, parentId), taskVisibleTo(scope)))
    .orderBy(asc(tasks.code));
}

export async function coordinatorsOf(db: Executor, taskIds: number[]) {
  if (taskIds.length === 0) return [];
  return db
    .select({ taskId: taskCoordinators.taskId, unit: units })
    .from(taskCoordinators)
    .innerJoin(units, eq(units.id, taskCoordinators.unitId))
    .where(inArray(taskCoordinators.taskId, taskIds))
    .orderBy(asc(units.code));
}

export async function timelineOf(db: Executor, taskId: number) {
  return db
    .select({ event: taskEvents, actorName: users.displayName, unitCode: units.code })
    .from(taskEvents)
    .leftJoin(users, eq(users.id, taskEvents.actorId))
    .leftJoin(units, eq(units.id, taskEvents.unitId))
    .where(eq(taskEvents.taskId, taskId))
    .orderBy(desc(taskEvents.occurredAt), desc(taskEvents.id));
}

export type NewTaskEvent = {
  taskId: number;
  kind: TaskEventKind;
  occurredOn: string;
  actorId: number | null;
  unitId: number | null;
  payload?: Record<string, unknown>;
};

export async function appendEvent(tx: Executor, event: NewTaskEvent) {
  const [row] = await tx
    .insert(taskEvents)
    .values({ ...event, payload: event.payload ?? {} })
    .returning();
  return row!;
}

export async function updateTask(tx: Executor, id: number, changes: Partial<typeof tasks.$inferInsert>) {
  const [row] = await tx
    .update(tasks)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(tasks.id, id))
    .returning();
  return row!;
}

/** Codes of the plan's tasks among these, in one query (one array parameter). */
export async function findTakenCodes(db: Executor, planId: number, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: tasks.code })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), sql`${tasks.code} = any(${sql.param(codes)}::text[])`));
  return new Set(rows.map((row) => row.code));
}
