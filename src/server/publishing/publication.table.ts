import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';

/**
 * What the secretariat has made public. Nothing is public by default: the portal shows only what has a
 * row here that is not withdrawn. `kind` says what `refKey` names:
 * - `unit`: a unit code whose published figures appear;
 * - `indicator`: an indicator code;
 * - `figure`: a named figure set (`task_stats`, `ranking`, `indicator_stats`).
 */
export const publications = pgTable(
  'publications',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    refKey: text('ref_key').notNull(),
    publishedBy: integer('published_by')
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('publications_kind_idx').on(t.kind, t.refKey)],
);

/**
 * Versioned open-data snapshots: each publication of a dataset freezes its rows, so a stable URL
 * (`/api/public/datasets/<dataset>/v/<version>.csv`) always returns the same bytes.
 */
export const datasetSnapshots = pgTable(
  'dataset_snapshots',
  {
    id: serial('id').primaryKey(),
    dataset: text('dataset').notNull(),
    version: integer('version').notNull(),
    /** DCAT-style metadata: title, description, licence, publisher, temporal coverage. */
    metadata: jsonb('metadata').notNull(),
    rows: jsonb('rows').notNull(),
    sha256: text('sha256').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dataset_snapshots_version_key').on(t.dataset, t.version)],
);
