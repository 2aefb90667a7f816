import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { auditEvents } from './audit.table.ts';
import { chainHash, GENESIS_HASH, type AuditContent } from './audit-hash.ts';
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
};

// Any fixed key: the advisory lock serialises appends so two transactions never share a prevHash.
const AUDIT_CHAIN_LOCK = 5_700_057;

/** Only JSON survives jsonb: normalise now so the hash we write is the hash we can recompute. */
const toJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Appends one record to the chain. Call it inside the transaction that makes the change. */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
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
  };
  await tx.insert(auditEvents).values({ ...content, prevHash, hash: chainHash(prevHash, content) });
}

export type AuditVerification = { isIntact: boolean; checked: number; firstBrokenId: number | null };

/** Recomputes the whole chain; the first record whose hash or link does not match is reported. */
export async function verifyAuditChain(db: Executor, batchSize = 2000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    if (rows.length === 0) return { isIntact: true, checked, firstBrokenId: null };
    for (const row of rows) {
      const { id, prevHash: storedPrev, hash, ...content } = row;
      if (storedPrev !== prevHash || chainHash(prevHash, content) !== hash) {
        return { isIntact: false, checked, firstBrokenId: id };
      }
      prevHash = hash;
      lastId = id;
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
