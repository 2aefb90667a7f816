import type { Executor } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { assignedEvent, assignedTaskRow, type PreparedAssignment } from './task-assign.service.ts';
import { taskCoordinators, taskEvents, tasks } from './task.table.ts';
import { insertRows } from '../db/bulk-import.ts';

/**
 * writeAssignment() (task-assign.service.ts) for many tasks at once, minus its audit record: the task
 * rows, their coordinating units and their 'assigned' events, built by the same functions, in multi-row
 * inserts (see insertRows). Returns the created ids in the order of `prepared`.
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
    prepared.map((p) => assignedTaskRow(p, today)),
    ['id', 'code'],
  );
  // Codes are unique within the import, so they pair rows with ids whatever order RETURNING uses.
  const idByCode = new Map(created.map((row) => [row.code, row.id]));
  const ids = prepared.map((p) => idByCode.get(p.input.code)!);
  const coordinatorRows = prepared.flatMap((p, i) => p.coordinators.map((u) => ({ taskId: ids[i]!, unitId: u.id })));
  await insertRows(tx, taskCoordinators, coordinatorRows, ['taskId']);
  const eventRows = prepared.map((p, i) => assignedEvent(caller, p, ids[i]!, today));
  await insertRows(tx, taskEvents, eventRows, ['id']);
  return ids;
}
