import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { plans } from '../plans/plan.table.ts';
import { units } from '../units/unit.table.ts';
import { users } from '../accounts/account.table.ts';

/**
 * A task (nhiệm vụ). The row holds the current state for fast lists; `task_events` holds every dated
 * change, so the status of any task on any past date can be recomputed exactly.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    parentTaskId: integer('parent_task_id').references((): AnyPgColumn => tasks.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** Code and title folded (no diacritics, lower case) so "so hoa" finds "Số hóa". */
    searchText: text('search_text').notNull().default(''),
    description: text('description'),
    pillar: text('pillar').notNull(),
    assigningUnitId: integer('assigning_unit_id')
      .notNull()
      .references(() => units.id),
    leadUnitId: integer('lead_unit_id')
      .notNull()
      .references(() => units.id),
    assignedOn: date('assigned_on').notNull(),
    originalDeadline: date('original_deadline'),
    deadline: date('deadline'),
    reportingCycle: text('reporting_cycle'),
    isDailyReport: boolean('is_daily_report').notNull().default(false),
    requiredOutput: text('required_output').notNull(),
    progressPercent: smallint('progress_percent').notNull().default(0),
    startedOn: date('started_on'),
    completedOn: date('completed_on'),
    isLocked: boolean('is_locked').notNull().default(false),
    isSample: boolean('is_sample').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_lead_unit_idx').on(t.leadUnitId),
    index('tasks_plan_idx').on(t.planId),
    index('tasks_parent_idx').on(t.parentTaskId),
    check('tasks_progress_check', sql`${t.progressPercent} between 0 and 100`),
    check('tasks_deadline_check', sql`${t.deadline} is null or ${t.deadline} >= ${t.assignedOn}`),
  ],
);

/** Coordinating units (đơn vị phối hợp): they see the task and report on their part. */
export const taskCoordinators = pgTable(
  'task_coordinators',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_coordinators_unit_idx').on(t.unitId)],
);

export const taskEventKinds = [
  'assigned',
  'progress_reported',
  'completion_proposed',
  'completion_confirmed',
  'completion_returned',
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'reopened',
  'reminder_sent',
  'explanation_requested',
  'explanation_answered',
] as const;
export type TaskEventKind = (typeof taskEventKinds)[number];

/** The task's timeline; append-only. `occurredOn` is the Vietnam calendar date the event counts for. */
export const taskEvents = pgTable(
  'task_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TaskEventKind>().notNull(),
    occurredOn: date('occurred_on').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id),
    unitId: integer('unit_id').references(() => units.id),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('task_events_task_idx').on(t.taskId, t.kind, t.occurredOn),
    // The decisive events (deadline, completion, explanation) without the millions of progress reports:
    // statistics find them without reading every event (bench: national stats 895 → 531 ms).
    index('task_events_not_report_idx')
      .on(t.taskId, t.kind, t.occurredOn, t.id)
      .where(sql`${t.kind} <> 'progress_reported'`),
    // The dashboard's latest reports: read newest first (a backward scan) and stop after a few, instead of sorting all of a
    // subtree's reports (bench: 860 ms for the national dashboard at a tenth of the national scale).
    index('task_events_recent_reports_idx')
      .on(t.occurredOn, t.id)
      .where(sql`${t.kind} = 'progress_reported'`),
    check('task_events_kind_check', sql.raw(`kind in (${taskEventKinds.map((k) => `'${k}'`).join(',')})`)),
  ],
);
