import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained: each row's hash covers its content and the previous row's hash. Rows
 * are written unsealed (no hash) by the transaction that makes the change, and sealed in chain order
 * by sealAuditChain() within a second, so no request waits on a chain-wide lock.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    unitId: integer('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** Null until sealed; then the hash of the row before it in the chain. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /** Position in the chain. Rows commit out of id order, so the chain follows sealing order. */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_unit_idx').on(t.unitId),
    uniqueIndex('audit_events_chain_idx').on(t.chainSeq),
    // Only the few rows waiting for the sealer: finding them never scans the trail.
    index('audit_events_unsealed_idx')
      .on(t.id)
      .where(sql`${t.hash} is null`),
  ],
);
