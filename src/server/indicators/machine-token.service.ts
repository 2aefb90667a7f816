import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { AppError, errors } from '../http/errors.ts';
import { findUnitByCode, findUnitById } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope } from '../units/unit-scope.ts';
import type { Submitter } from './indicator-values.service.ts';
import { machineTokens } from './machine-token.table.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN_PREFIX = 'gst_';

export async function issueToken(db: Db, caller: AuthUser, actor: Actor, input: { unitCode: string; name: string }) {
  const unit = await findUnitByCode(db, input.unitCode, caller.scope);
  if (!unit)
    throw errors.invalid([
      { field: 'body.unitCode', message: `Không có đơn vị ${input.unitCode} trong phạm vi của bạn.` },
    ]);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [created] = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(machineTokens)
      .values({ unitId: unit.id, name: input.name, tokenHash: hash(token), createdBy: caller.id })
      .returning();
    await recordAudit(tx, actor, {
      action: 'machine_token.issue',
      entityType: 'machine_token',
      entityId: rows[0]!.id,
      unitId: unit.id,
      after: { name: input.name, unitCode: unit.code },
    });
    return rows;
  });
  return { id: created!.id, name: created!.name, unitCode: unit.code, token };
}

export async function listTokens(db: Db, caller: AuthUser) {
  const rows = await db
    .select({ token: machineTokens, unitCode: units.code })
    .from(machineTokens)
    .innerJoin(units, eq(units.id, machineTokens.unitId))
    .where(sql`${machineTokens.unitId} in ${unitIdsInScope(caller.scope)}`)
    .orderBy(desc(machineTokens.id));
  return rows.map(({ token, unitCode }) => ({
    id: token.id,
    name: token.name,
    unitCode,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }));
}

export async function revokeToken(db: Db, caller: AuthUser, actor: Actor, id: number) {
  const [row] = await db
    .select()
    .from(machineTokens)
    .where(and(eq(machineTokens.id, id), sql`${machineTokens.unitId} in ${unitIdsInScope(caller.scope)}`));
  if (!row) throw errors.notFound('Mã truy cập máy');
  if (row.revokedAt) return;
  await db.transaction(async (tx) => {
    await tx.update(machineTokens).set({ revokedAt: new Date() }).where(eq(machineTokens.id, id));
    await recordAudit(tx, actor, {
      action: 'machine_token.revoke',
      entityType: 'machine_token',
      entityId: id,
      unitId: row.unitId,
    });
  });
}

/** The unit a bearer token speaks for; 401 for a missing, unknown or revoked token. */
export async function authenticateToken(
  db: Db,
  header: string | undefined,
): Promise<{ submitter: Submitter; actor: Actor }> {
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const unauthorized = new AppError(401, 'TOKEN_INVALID', 'Mã truy cập máy không hợp lệ hoặc đã bị thu hồi.');
  if (!token.startsWith(TOKEN_PREFIX)) throw unauthorized;
  const [row] = await db
    .select()
    .from(machineTokens)
    .where(and(eq(machineTokens.tokenHash, hash(token)), isNull(machineTokens.revokedAt)));
  const unit = row && (await findUnitById(db, row.unitId));
  if (!row || !unit) throw unauthorized;
  await db.update(machineTokens).set({ lastUsedAt: new Date() }).where(eq(machineTokens.id, row.id));
  return {
    submitter: { id: null, unit, scope: { unitId: unit.id, path: unit.path, isRoot: unit.parentId === null } },
    actor: { id: null, name: `token:${row.name}` },
  };
}
