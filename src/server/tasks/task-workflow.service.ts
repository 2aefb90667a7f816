import type { Db, Executor } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { AppError, errors } from '../http/errors.ts';
import * as repo from './task.repository.ts';
import { pendingOf } from './task-pending.ts';
import { formatVietnameseDate } from '../../shared/dates.ts';
import { loadVisibleTask, type TaskClock } from './task-query.service.ts';
import type { TaskAccess } from './task-access.ts';
import type { TaskEventKind } from './task.table.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { evidenceFiles } from '../evidence/evidence.table.ts';

type Ctx = { db: Db; caller: AuthUser; actor: Actor; clock: TaskClock };

const locked = () =>
  new AppError(409, 'TASK_LOCKED', 'Nhiệm vụ đã được xác nhận hoàn thành và khóa; cần quản trị mở lại.');

/** Loads the task in scope, checks one ability, and explains a refusal precisely. */
async function authorize(ctx: Ctx, id: number, ability: keyof TaskAccess, what: string) {
  const loaded = await loadVisibleTask(ctx.db, ctx.caller, id);
  if (!loaded.access[ability]) {
    if (loaded.row.task.isLocked && ability !== 'canReopen') throw locked();
    throw errors.forbidden(what);
  }
  return loaded;
}

/** Writes the event, the new task state and the audit record in one transaction. */
async function apply(
  ctx: Ctx,
  row: repo.JoinedTask,
  kind: TaskEventKind,
  payload: Record<string, unknown>,
  changes: Parameters<typeof repo.updateTask>[2] = {},
  write?: (tx: Executor) => Promise<void>,
) {
  await ctx.db.transaction(async (tx) => {
    const event = await repo.appendEvent(tx, {
      taskId: row.task.id,
      kind,
      occurredOn: ctx.clock.today,
      actorId: ctx.caller.id,
      unitId: ctx.caller.unit.id,
      payload,
    });
    const after = Object.keys(changes).length ? await repo.updateTask(tx, row.task.id, changes) : row.task;
    await write?.(tx);
    await recordAudit(tx, ctx.actor, {
      action: `task.${kind}`,
      entityType: 'task',
      entityId: row.task.id,
      unitId: row.task.leadUnitId,
      // A progress report moves no figure unless it is the lead's first (it starts the task); skipping the
      // others keeps thousands of reports a second from queueing on the same counters.
      affectsFigures: kind !== 'progress_reported' || (row.task.startedOn === null && 'startedOn' in changes),
      before: Object.keys(changes).length ? row.task : undefined,
      after: { event: { id: event.id, kind, payload }, task: Object.keys(changes).length ? after : undefined },
    });
  });
}

export type ProgressInput = {
  text: string;
  percent: number;
  difficulties?: string | null;
  recommendations?: string | null;
  evidenceFileIds?: number[];
};

/** Evidence named in a report must have been uploaded to this same task. */
async function checkEvidence(db: Db, taskId: number, ids: number[] | undefined) {
  if (!ids?.length) return;
  const found = await db
    .select({ id: evidenceFiles.id })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.taskId, taskId), inArray(evidenceFiles.id, ids)));
  if (found.length !== new Set(ids).size) {
    throw errors.invalid([{ field: 'body.evidenceFileIds', message: 'Có tệp minh chứng không thuộc nhiệm vụ này.' }]);
  }
}

export async function reportProgress(ctx: Ctx, id: number, input: ProgressInput) {
  const { row } = await authorize(ctx, id, 'canReport', 'báo cáo tiến độ nhiệm vụ này');
  await checkEvidence(ctx.db, id, input.evidenceFileIds);
  const isLead = ctx.caller.unit.id === row.task.leadUnitId;
  // Coordinating units report on their part; only the lead unit moves the task's progress.
  const changes = isLead ? { progressPercent: input.percent, startedOn: row.task.startedOn ?? ctx.clock.today } : {};
  await apply(ctx, row, 'progress_reported', { ...input, unitCode: ctx.caller.unit.code, isLead }, changes);
}

export async function proposeCompletion(ctx: Ctx, id: number, summary: string, evidenceFileIds?: number[]) {
  const { row } = await authorize(ctx, id, 'canProposeCompletion', 'đề xuất hoàn thành nhiệm vụ này');
  await checkEvidence(ctx.db, id, evidenceFileIds);
  const timeline = await repo.timelineOf(ctx.db, id);
  if (pendingOf(timeline.map((t) => t.event)).pendingCompletion) {
    throw new AppError(409, 'COMPLETION_PENDING', 'Đã có đề xuất hoàn thành đang chờ xác nhận.');
  }
  await apply(
    ctx,
    row,
    'completion_proposed',
    { summary, completedOn: ctx.clock.today, evidenceFileIds: evidenceFileIds ?? [] },
    { startedOn: row.task.startedOn ?? ctx.clock.today },
  );
}

async function pendingCompletion(ctx: Ctx, id: number) {
  const timeline = await repo.timelineOf(ctx.db, id);
  const proposal = timeline.find((t) => t.event.kind === 'completion_proposed');
  const pending = pendingOf(timeline.map((t) => t.event)).pendingCompletion;
  if (!pending || !proposal)
    throw new AppError(409, 'NO_PENDING_COMPLETION', 'Không có đề xuất hoàn thành nào đang chờ.');
  return proposal.event;
}

/** The completion date is the day the unit proposed it with its evidence, not the day of review. */
export async function confirmCompletion(ctx: Ctx, id: number) {
  const { row } = await authorize(ctx, id, 'canReviewCompletion', 'xác nhận hoàn thành nhiệm vụ này');
  const proposal = await pendingCompletion(ctx, id);
  const completedOn = String(proposal.payload.completedOn ?? proposal.occurredOn);
  await apply(
    ctx,
    row,
    'completion_confirmed',
    { completedOn, proposalEventId: proposal.id },
    { completedOn, isLocked: true, progressPercent: 100 },
  );
}

export async function returnCompletion(ctx: Ctx, id: number, reason: string) {
  const { row } = await authorize(ctx, id, 'canReviewCompletion', 'trả lại đề xuất hoàn thành');
  const proposal = await pendingCompletion(ctx, id);
  await apply(ctx, row, 'completion_returned', { reason, proposalEventId: proposal.id });
}

export async function requestExtension(ctx: Ctx, id: number, input: { deadline: string; reason: string }) {
  const { row } = await authorize(ctx, id, 'canRequestExtension', 'xin gia hạn nhiệm vụ này');
  if (row.task.deadline !== null && input.deadline <= row.task.deadline) {
    throw errors.invalid([
      {
        field: 'body.deadline',
        message: `Hạn mới phải sau hạn hiện tại (${formatVietnameseDate(row.task.deadline)}).`,
      },
    ]);
  }
  const timeline = await repo.timelineOf(ctx.db, id);
  if (pendingOf(timeline.map((t) => t.event)).pendingExtension) {
    throw new AppError(409, 'EXTENSION_PENDING', 'Đã có đề nghị gia hạn đang chờ xử lý.');
  }
  await apply(ctx, row, 'extension_requested', { ...input, previousDeadline: row.task.deadline });
}

export async function decideExtension(ctx: Ctx, id: number, decision: { isApproved: boolean; reason?: string }) {
  const { row } = await authorize(ctx, id, 'canReviewExtension', 'duyệt gia hạn nhiệm vụ này');
  const timeline = await repo.timelineOf(ctx.db, id);
  const pending = pendingOf(timeline.map((t) => t.event)).pendingExtension;
  if (!pending) throw new AppError(409, 'NO_PENDING_EXTENSION', 'Không có đề nghị gia hạn nào đang chờ.');
  if (decision.isApproved) {
    // The original deadline stays in original_deadline, so "late against the original" stays reportable.
    await apply(
      ctx,
      row,
      'extension_approved',
      { deadline: pending.deadline, requestEventId: pending.eventId },
      { deadline: pending.deadline },
    );
  } else {
    await apply(ctx, row, 'extension_refused', { reason: decision.reason, requestEventId: pending.eventId });
  }
}

export async function reopenTask(ctx: Ctx, id: number, reason: string) {
  const { row } = await authorize(ctx, id, 'canReopen', 'mở lại nhiệm vụ này');
  await apply(ctx, row, 'reopened', { reason }, { isLocked: false, completedOn: null });
}
