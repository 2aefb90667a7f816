import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * One row per unit as it existed over [validFrom, validTo). Merges, splits and type changes close
 * the old row and open links to the new one, so history stays keyed on official codes.
 * `path` is the chain of ancestor ids ("/1/5/80/"): a scope check is one indexed prefix match.
 */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    searchName: text('search_name').notNull(),
    level: text('level').notNull(),
    type: text('type').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull(),
    isStandingOffice: boolean('is_standing_office').notNull().default(false),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_current_code_key')
      .on(t.code)
      .where(sql`${t.validTo} is null`),
    index('units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('units_parent_idx').on(t.parentId),
    check('units_level_check', sql`${t.level} in ('central','ministry','province','department','commune')`),
    check('units_validity_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);

/** Succession between units: an old commune's records stay reachable from the one it merged into. */
export const unitLinks = pgTable(
  'unit_links',
  {
    id: serial('id').primaryKey(),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
  },
  (t) => [
    index('unit_links_to_idx').on(t.toUnitId),
    uniqueIndex('unit_links_pair_key').on(t.fromUnitId, t.toUnitId),
    check('unit_links_kind_check', sql`${t.kind} in ('merged','partly_merged','split','renamed','type_changed')`),
  ],
);
