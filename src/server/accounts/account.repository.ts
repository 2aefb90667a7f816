import { and, asc, count, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';
import { sessions, users } from './account.table.ts';

export type UserRow = typeof users.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

export async function findUserByUsername(db: Executor, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username.trim().toLowerCase()));
  return row;
}

/** A user in scope, with their unit; undefined when absent or out of scope (the caller answers 404). */
export async function findUserInScope(db: Executor, scope: Scope, id: number) {
  const [row] = await db
    .select({ user: users, unit: units })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, id), sql`${users.unitId} in ${unitIdsInScope(scope)}`));
  return row;
}

export type UserFilter = { q?: string; unitId?: number; role?: string };

export async function listUsersInScope(
  db: Executor,
  scope: Scope,
  filter: UserFilter,
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [sql`${users.unitId} in ${unitIdsInScope(scope)}`];
  if (filter.unitId) conditions.push(eq(users.unitId, filter.unitId));
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  const where = and(...conditions);
  const [items, [totalRow]] = await Promise.all([
    db
      .select({ user: users, unit: units })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findSession(db: Executor, sessionId: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users, unit: units })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), eq(users.isActive, true)));
  return row;
}
