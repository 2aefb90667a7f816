import type { Db, Executor } from '../db/database.ts';
import { findVisiblePlan } from '../plans/plan.service.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { can } from '../accounts/account.policy.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { AssignTaskBody } from '../../shared/api/tasks.ts';
import { errors, type ErrorDetail } from '../http/errors.ts';
import { findUnitsByCodes } from '../units/unit.repository.ts';
import { isPathInScope } from '../units/unit-scope.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import * as repo from './task.repository.ts';
import { taskCoordinators, tasks } from './task.table.ts';
import { taskSearchText } from './task-search.ts';
import { formatVietnameseDate } from '../../shared/dates.ts';
import { loadVisibleTask, type TaskClock } from './task-query.service.ts';

/**
 * Assigning: the secretariat assigns within its subtree; a lead unit splits its own task into
 * sub-tasks for its sub-units (any depth). Every problem with the input is reported at once.
 */
export async function assignTask(db: Db, caller: AuthUser, actor: Actor, input: AssignTaskBody, clock: TaskClock) {
  const prepared = await prepareAssignment(db, caller, input, clock);
  if (prepared.details.length > 0) throw errors.invalid(prepared.details);
  return db.transaction((tx) => writeAssignment(tx, caller, actor, prepared.value!, clock));
}

export type PreparedAssignment = {
  input: AssignTaskBody;
  planId: number;
  parentId: number | null;
  assigningUnit: UnitRow;
  lead: UnitRow;
  coordinators: UnitRow[];
  deadline: string | null;
};

/** What the checks of an assignment read from the database, gathered once for one row or a whole file. */
export type AssignmentFacts = {
  plan: { id: number } | undefined;
  /** Units in the caller's scope by code, as findUnitsByCodes() gives them (a dissolved one is refused). */
  units: Map<string, UnitRow>;
  isCodeTaken: boolean;
  today: string;
  /** Set when splitting a task into a sub-task. */
  parent?: { id: number; deadline: string | null };
};

/**
 * Every problem with an assignment, in the order the form shows its fields; the same words whether it
 * comes from the form or from a row of the XLSX import.
 */
export function checkAssignment(
  caller: AuthUser,
  input: AssignTaskBody,
  facts: AssignmentFacts,
): { details: ErrorDetail[]; value?: PreparedAssignment } {
  const { plan, parent } = facts;
  const details: ErrorDetail[] = [];
  const currentUnit = (code: string) => {
    const unit = facts.units.get(code);
    return unit && unit.validTo === null ? unit : undefined;
  };
  if (!plan) details.push({ field: 'body.planCode', message: `Không có kế hoạch ${input.planCode}.` });
  const lead = currentUnit(input.leadUnitCode);
  if (!lead) {
    details.push({
      field: 'body.leadUnitCode',
      message: `Không có đơn vị ${input.leadUnitCode} trong phạm vi của bạn.`,
    });
  } else if (parent && (lead.id === caller.unit.id || !isPathInScope(caller.scope, lead.path))) {
    details.push({
      field: 'body.leadUnitCode',
      message: 'Nhiệm vụ con phải giao cho đơn vị cấp dưới của đơn vị chủ trì.',
    });
  }
  const coordinators = new Map<number, UnitRow>();
  for (const code of input.coordinatingUnitCodes) {
    const unit = currentUnit(code);
    if (!unit) {
      details.push({ field: 'body.coordinatingUnitCodes', message: `Không có đơn vị ${code} trong phạm vi của bạn.` });
    } else if (unit.id !== lead?.id) coordinators.set(unit.id, unit); // a code typed twice counts once
  }
  const deadline = input.deadline ?? null;
  if (deadline !== null && deadline < facts.today) {
    details.push({ field: 'body.deadline', message: 'Hạn hoàn thành không được trước ngày giao.' });
  }
  if (parent?.deadline && (deadline === null || deadline > parent.deadline)) {
    details.push({
      field: 'body.deadline',
      message: `Hạn của nhiệm vụ con không được sau hạn nhiệm vụ cha (${formatVietnameseDate(parent.deadline)}).`,
    });
  }
  if (plan && facts.isCodeTaken) {
    details.push({ field: 'body.code', message: `Mã ${input.code} đã có trong kế hoạch này.` });
  }
  if (details.length > 0) return { details };
  const value = {
    input,
    planId: plan!.id,
    parentId: parent?.id ?? null,
    assigningUnit: caller.unit,
    lead: lead!,
    coordinators: [...coordinators.values()],
    deadline,
  };
  return { details, value };
}

/** Checks one assignment against the database without writing. */
export async function prepareAssignment(
  db: Db,
  caller: AuthUser,
  input: AssignTaskBody,
  clock: TaskClock,
): Promise<{ details: ErrorDetail[]; value?: PreparedAssignment }> {
  let parent: AssignmentFacts['parent'];
  if (input.parentTaskId) {
    const loaded = await loadVisibleTask(db, caller, input.parentTaskId);
    if (!loaded.access.canSplit) throw errors.forbidden('chia nhiệm vụ này thành nhiệm vụ con');
    parent = { id: loaded.row.task.id, deadline: loaded.row.task.deadline };
  } else if (!can(caller.role, 'tasks:assign')) {
    throw errors.forbidden('giao nhiệm vụ');
  }
  const plan = await findVisiblePlan(db, caller, input.planCode);
  const codes = [input.leadUnitCode, ...input.coordinatingUnitCodes];
  const units = await findUnitsByCodes(db, codes, caller.scope);
  const isCodeTaken = plan ? (await repo.findTakenCodes(db, plan.id, [input.code])).has(input.code) : false;
  return checkAssignment(caller, input, { plan, units, isCodeTaken, today: clock.today, parent });
}

/** The task row an assignment writes (single entry and import alike). */
export function assignedTaskRow(prepared: PreparedAssignment, today: string): typeof tasks.$inferInsert {
  const { input, assigningUnit, lead, deadline } = prepared;
  return {
    planId: prepared.planId,
    parentTaskId: prepared.parentId,
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
  };
}

/** The 'assigned' event that opens the task's history. */
export function assignedEvent(caller: AuthUser, prepared: PreparedAssignment, taskId: number, today: string) {
  return {
    taskId,
    kind: 'assigned' as const,
    occurredOn: today,
    actorId: caller.id,
    unitId: prepared.assigningUnit.id,
    payload: { leadUnitCode: prepared.lead.code, deadline: prepared.deadline },
  };
}

export async function writeAssignment(
  tx: Executor,
  caller: AuthUser,
  actor: Actor,
  prepared: PreparedAssignment,
  clock: TaskClock,
): Promise<number> {
  const { lead, coordinators } = prepared;
  const [created] = await tx.insert(tasks).values(assignedTaskRow(prepared, clock.today)).returning();
  if (coordinators.length) {
    await tx.insert(taskCoordinators).values(coordinators.map((u) => ({ taskId: created!.id, unitId: u.id })));
  }
  await repo.appendEvent(tx, assignedEvent(caller, prepared, created!.id, clock.today));
  await recordAudit(tx, actor, {
    action: 'task.assign',
    entityType: 'task',
    entityId: created!.id,
    unitId: lead.id,
    after: { ...created, coordinatingUnitCodes: coordinators.map((u) => u.code) },
  });
  return created!.id;
}
