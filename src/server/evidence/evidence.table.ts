import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { tasks } from '../tasks/task.table.ts';
import { units } from '../units/unit.table.ts';

/** Evidence files (minh chứng): the bytes live in the file store under their SHA-256; this row says whose. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    originalName: text('original_name').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_files_task_idx').on(t.taskId)],
);
