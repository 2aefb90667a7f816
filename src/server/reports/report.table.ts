import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { plans } from '../plans/plan.table.ts';
import { units } from '../units/unit.table.ts';

/**
 * Scheduled periodic reports: generated on `dayOfMonth` for the period that just ended and e-mailed to
 * `recipients`. `lastRunOn` makes a run idempotent (one report per schedule and day).
 */
export const reportSchedules = pgTable(
  'report_schedules',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    planId: integer('plan_id').references(() => plans.id),
    /** weekly | monthly | quarterly | half_year | annual */
    periodKind: text('period_kind').notNull(),
    dayOfMonth: integer('day_of_month').notNull(),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    isActive: boolean('is_active').notNull().default(true),
    lastRunOn: date('last_run_on'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_schedules_unit_idx').on(t.unitId)],
);

/**
 * Every generated report, kept with the data snapshot it was written from, so the DOCX, XLSX and PDF
 * can be produced again, identical, long after the live figures have moved on.
 */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    planId: integer('plan_id').references(() => plans.id),
    /** weekly | monthly | quarterly | half_year | annual | as_of */
    periodKind: text('period_kind').notNull(),
    periodStart: date('period_start'),
    asOf: date('as_of').notNull(),
    /** Number and symbol (số, ký hiệu), e.g. "12/BC-SKHCN". */
    documentNumber: text('document_number').notNull(),
    title: text('title').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    scheduleId: integer('schedule_id').references(() => reportSchedules.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_unit_idx').on(t.unitId, t.createdAt)],
);
