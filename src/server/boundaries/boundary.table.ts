import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { units } from '../units/unit.table.ts';

/**
 * One boundary per unit, imported by an admin from GeoJSON. The geometry is kept simplified (the map
 * draws it as SVG in the browser: no tile server), with its bounding box for fitting the view.
 */
export const unitBoundaries = pgTable('unit_boundaries', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id, { onDelete: 'cascade' }),
  /** A GeoJSON Polygon or MultiPolygon geometry, longitude/latitude (WGS 84). */
  geometry: jsonb('geometry').notNull(),
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: jsonb('bbox').$type<[number, number, number, number]>().notNull(),
  source: text('source').notNull(),
  importedBy: integer('imported_by').references(() => users.id),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
