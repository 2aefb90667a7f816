import { and, asc, desc, eq, gt, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db/database.ts';
import { auditEvents } from './audit.table.ts';
import { chainHash, GENESIS_HASH, type AuditContent } from './audit-hash.ts';
import { bumpFigureVersions, reachOf } from '../figures/figure-versions.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';

export type Actor = { id: number | null; name: string; requestId?: string | null };
export const systemActor = (name = 'system'): Actor => ({ id: null, name });

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | number;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
  /** False when the writer knows this change moves no statistic (see figures/figure-versions.ts). */
  affectsFigures?: boolean;
};

// Any fixed key: the advisory lock lets one sealer at a time extend the chain, across processes.
const AUDIT_SEAL_LOCK = 5_700_057;
const SEAL_BATCH = 2000;

/** Only JSON survives jsonb: normalise now so the hash we write is the hash we can recompute. */
const toJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * Appends one record, unsealed. Call it inside the transaction that makes the change: the record
 * commits or rolls back with it. No lock is taken here (a chain-wide lock serialised every write in
 * the system); sealAuditChain() links the record into the chain within a second.
 */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  // Every change is recorded here, so this is also where cached figures learn that they are stale.
  const reach = entry.affectsFigures === false ? 'none' : reachOf(entry.action, entry.unitId ?? null);
  if (reach !== 'none') await bumpFigureVersions(tx, reach, entry.unitId ?? null);
  await tx.insert(auditEvents).values({
    at: new Date().toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    unitId: entry.unitId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
    requestId: actor.requestId ?? null,
  });
}

type AuditRow = typeof auditEvents.$inferSelect;
const contentOf = ({ id: _i, prevHash: _p, hash: _h, chainSeq: _s, ...content }: AuditRow): AuditContent => content;

/**
 * Links the committed unsealed records into the chain, oldest id first, and returns how many. Rows
 * that commit later than a sealed row with a higher id get a later chain position: the chain follows
 * sealing order, and verification follows the chain. `wait` blocks behind a sealer already running
 * (to verify or list a complete chain); otherwise a busy lock means another process is on it.
 */
export async function sealAuditChain(db: Db, options: { wait?: boolean } = {}): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      if (options.wait) await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_SEAL_LOCK})`);
      else {
        const { rows } = await tx.execute<{ ok: boolean }>(
          sql`select pg_try_advisory_xact_lock(${AUDIT_SEAL_LOCK}) as ok`,
        );
        if (!rows[0]?.ok) return 0;
      }
      const pending = await tx
        .select()
        .from(auditEvents)
        .where(isNull(auditEvents.hash))
        .orderBy(asc(auditEvents.id))
        .limit(SEAL_BATCH);
      if (pending.length === 0) return 0;
      const [last] = await tx
        .select({ seq: auditEvents.chainSeq, hash: auditEvents.hash })
        .from(auditEvents)
        .where(isNotNull(auditEvents.chainSeq))
        .orderBy(desc(auditEvents.chainSeq))
        .limit(1);
      let prevHash = last?.hash ?? GENESIS_HASH;
      let seq = last?.seq ?? 0;
      const links = pending.map((row) => {
        const hash = chainHash(prevHash, contentOf(row));
        const link = { id: row.id, prevHash, hash, seq: ++seq };
        prevHash = hash;
        return link;
      });
      await tx.execute(sql`
        update audit_events a set prev_hash = l.prev_hash, hash = l.hash, chain_seq = l.seq
        from unnest(${sql.param(links.map((l) => l.id))}::bigint[], ${sql.param(links.map((l) => l.prevHash))}::text[],
          ${sql.param(links.map((l) => l.hash))}::text[], ${sql.param(links.map((l) => l.seq))}::bigint[])
          as l(id, prev_hash, hash, seq)
        where a.id = l.id`);
      return links.length;
    });
    sealed += count;
    if (count < SEAL_BATCH) return sealed;
  }
}

export type AuditVerification = { isIntact: boolean; checked: number; firstBrokenId: number | null };

/** Seals what is pending, then recomputes the whole chain; the first record whose hash or link does not match is reported. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<AuditVerification> {
  await sealAuditChain(db, { wait: true });
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.chainSeq, lastSeq))
      .orderBy(asc(auditEvents.chainSeq))
      .limit(batchSize);
    if (rows.length === 0) return { isIntact: true, checked, firstBrokenId: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash || chainHash(prevHash, contentOf(row)) !== row.hash) {
        return { isIntact: false, checked, firstBrokenId: row.id };
      }
      prevHash = row.hash;
      lastSeq = row.chainSeq!;
      checked++;
    }
  }
}

export async function listAuditEvents(
  db: Executor,
  scope: Scope,
  filter: { entityType?: string; entityId?: string; beforeId?: number; limit: number },
) {
  const inScope = sql`${auditEvents.unitId} in ${unitIdsInScope(scope)}`;
  // Events not tied to a unit (system-wide changes) are visible only from the top of the tree.
  const conditions: SQL[] = [scope.isRoot ? sql`(${inScope} or ${auditEvents.unitId} is null)` : inScope];
  if (filter.entityType) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.beforeId) conditions.push(lt(auditEvents.id, filter.beforeId));
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}
