import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../accounts/account.table.ts';
import { units } from '../units/unit.table.ts';

/** Per-unit machine tokens for pushing values; only the SHA-256 is kept, the token is shown once. */
export const machineTokens = pgTable(
  'machine_tokens',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('machine_tokens_hash_key').on(t.tokenHash), index('machine_tokens_unit_idx').on(t.unitId)],
);
