import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import type { PreparedAssignment } from './task-assign.service.ts';
import { taskCoordinators, taskEvents, tasks } from './task.table.ts';
import { taskSearchText } from './task-search.ts';
import { insertRows } from '../db/bulk-import.ts';

/** Codes of the plan's tasks among these, in one query (one array parameter). */
export async function findTakenCodes(db: Executor, planId: number, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: tasks.code })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), sql`${tasks.code} = any(${sql.param(codes)}::text[])`));
  return new Set(rows.map((row) => row.code));
}

/**
 * writeAssignment() (task-assign.service.ts) for many tasks at once, minus its audit record: the task
 * rows, their coordinating units and their 'assigned' events, with the same values, in multi-row
 * inserts (see insertRows). Keep the two in step. Returns the created ids in the order of `prepared`.
 */
export async function insertAssignments(
  tx: Executor,
  caller: AuthUser,
  prepared: PreparedAssignment[],
  today: string,
): Promise<number[]> {
  const created = await insertRows(
    tx,
    tasks,
    prepared.map(({ input, planId, parentId, assigningUnit, lead, deadline }) => ({
      planId,
      parentTaskId: parentId,
      code: input.code,
      title: input.title,
      searchText: taskSearchText(input.code, input.title),
      description: input.description ?? null,
      pillar: input.pillar,
      assigningUnitId: assigningUnit.id,
      leadUnitId: lead.id,
      assignedOn: today,
      originalDeadline: deadline,
      deadline,
      reportingCycle: input.reportingCycle ?? null,
      isDailyReport: input.isDailyReport,
      requiredOutput: input.requiredOutput,
    })),
    ['id', 'code'],
  );
  // Codes are unique within the import, so they pair rows with ids whatever order RETURNING uses.
  const idByCode = new Map(created.map((row) => [row.code, row.id]));
  const ids = prepared.map((p) => idByCode.get(p.input.code)!);
  const coordinatorRows = prepared.flatMap((p, i) => p.coordinators.map((u) => ({ taskId: ids[i]!, unitId: u.id })));
  await insertRows(tx, taskCoordinators, coordinatorRows, ['taskId']);
  const eventRows = prepared.map((p, i) => ({
    taskId: ids[i]!,
    kind: 'assigned' as const,
    occurredOn: today,
    actorId: caller.id,
    unitId: p.assigningUnit.id,
    payload: { leadUnitCode: p.lead.code, deadline: p.deadline },
  }));
  await insertRows(tx, taskEvents, eventRows, ['id']);
  return ids;
}
