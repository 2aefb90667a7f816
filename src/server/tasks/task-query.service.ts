import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import type { TaskDetail } from '../../shared/api/tasks.ts';
import { errors } from '../http/errors.ts';
import { countChildren, findUnitByCode } from '../units/unit.repository.ts';
import { presentTask } from './task.presenter.ts';
import * as repo from './task.repository.ts';
import { taskAccess } from './task-access.ts';
import { pendingOf } from './task-pending.ts';
import { missingReportDays } from './task-daily.ts';

export type TaskClock = { today: string; nearDeadlineDays: number };

async function presentMany(db: Db, rows: repo.JoinedTask[], clock: TaskClock) {
  const coordinators = await repo.coordinatorsOf(
    db,
    rows.map((r) => r.task.id),
  );
  return rows.map((row) =>
    presentTask(
      row,
      coordinators.filter((c) => c.taskId === row.task.id).map((c) => c.unit),
      clock.today,
      clock.nearDeadlineDays,
    ),
  );
}

export type TaskQuery = {
  unit?: string;
  plan?: string;
  status?: string;
  pillar?: string;
  q?: string;
  mine?: 'true' | 'false';
  pending?: 'completion' | 'extension';
  limit: number;
  offset: number;
};

export async function listTasks(db: Db, caller: AuthUser, query: TaskQuery, clock: TaskClock) {
  let unitPath: string | undefined;
  if (query.unit) {
    const unit = await findUnitByCode(db, query.unit, caller.scope);
    if (!unit) throw errors.notFound('Đơn vị');
    unitPath = unit.path;
  }
  const { rows, total } = await repo.listVisibleTasks(
    db,
    caller.scope,
    {
      unitPath,
      unitId: query.mine === 'true' ? caller.unit.id : undefined,
      planCode: query.plan,
      pillar: query.pillar,
      q: query.q,
      status: query.status ? { value: query.status, ...clock } : undefined,
      pending: query.pending,
    },
    query,
  );
  return { items: await presentMany(db, rows, clock), total };
}

/** Out of scope answers 404, exactly like a task that does not exist. */
export async function loadVisibleTask(db: Db, caller: AuthUser, id: number) {
  const row = await repo.findVisibleTask(db, caller.scope, id);
  if (!row) throw errors.notFound('Nhiệm vụ');
  const [coordinators, subunits] = await Promise.all([
    repo.coordinatorsOf(db, [id]),
    countChildren(db, row.task.leadUnitId),
  ]);
  const access = taskAccess(
    caller,
    row,
    coordinators.map((c) => c.unit.id),
    subunits > 0,
  );
  return { row, coordinators: coordinators.map((c) => c.unit), access };
}

export async function getTaskDetail(db: Db, caller: AuthUser, id: number, clock: TaskClock): Promise<TaskDetail> {
  const { row, coordinators, access } = await loadVisibleTask(db, caller, id);
  const [timeline, subtaskRows] = await Promise.all([repo.timelineOf(db, id), repo.listSubtasks(db, caller.scope, id)]);
  const events = timeline.map(({ event, actorName, unitCode }) => ({
    id: event.id,
    kind: event.kind,
    occurredOn: event.occurredOn,
    occurredAt: event.occurredAt.toISOString(),
    actorName,
    unitCode,
    payload: event.payload,
  }));
  return {
    ...presentTask(row, coordinators, clock.today, clock.nearDeadlineDays),
    timeline: events,
    subtasks: await presentMany(db, subtaskRows, clock),
    ...pendingOf(timeline.map((t) => t.event)),
    missingReportDays: missingReportDays(
      row.task,
      new Set(
        timeline
          .filter((t) => t.event.kind === 'progress_reported' && t.event.unitId === row.task.leadUnitId)
          .map((t) => t.event.occurredOn),
      ),
      clock.today,
    ),
    abilities: access,
  };
}
