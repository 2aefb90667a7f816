import { bigint, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * A counter per unit that goes up whenever something that any statistic of that unit's subtree reads
 * changes; row 0 counts changes that may touch every unit (the unit tree, plans, catalogues). Cached
 * figures are keyed by these counters, so a change is seen by the next request in every process.
 */
export const figureVersions = pgTable('figure_versions', {
  unitId: integer('unit_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
