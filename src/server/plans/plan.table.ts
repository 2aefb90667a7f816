import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { units } from '../units/unit.table.ts';

/**
 * A plan or programme (kế hoạch, chương trình) and the document that issues it. Plans chain down:
 * Resolution 57 → Resolution 71/NQ-CP → a province's plan → a department's or commune's plan.
 */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    parentPlanId: integer('parent_plan_id').references((): AnyPgColumn => plans.id),
    documentNumber: text('document_number').notNull(),
    documentDate: date('document_date').notNull(),
    issuer: text('issuer').notNull(),
    pillars: jsonb('pillars')
      .$type<string[]>()
      .notNull()
      .default(sql`'["KHCN","DMST","CDS"]'::jsonb`),
    isSample: boolean('is_sample').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plans_code_key').on(t.code), index('plans_unit_idx').on(t.unitId)],
);
