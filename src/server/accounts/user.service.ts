import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { AppError, errors } from '../http/errors.ts';
import type { CreateUserBody, UpdateUserBody, User } from '../../shared/api/users.ts';
import type { Role, UnitLevel } from '../../shared/domain.ts';
import { findUnitByCode } from '../units/unit.repository.ts';
import { sessions, users } from './account.table.ts';
import * as repo from './account.repository.ts';
import { canManageAdminAt } from './account.policy.ts';
import type { AuthUser } from './auth-context.ts';
import { hashPassword } from './password.ts';

/** The audit trail never holds a password hash. */
const auditable = ({ passwordHash: _hash, ...rest }: repo.UserRow) => rest;

export function presentUser(user: repo.UserRow, unit: repo.UnitRow, now = new Date()): User {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    role: user.role as Role,
    unit: { id: unit.id, code: unit.code, name: unit.name, fullName: unit.fullName, level: unit.level as UnitLevel },
    isActive: user.isActive,
    isLocked: user.lockedUntil !== null && user.lockedUntil > now,
    createdAt: user.createdAt.toISOString(),
  };
}

async function unitInScope(db: Db, caller: AuthUser, code: string) {
  const unit = await findUnitByCode(db, code, caller.scope);
  if (!unit || unit.validTo !== null) {
    throw errors.invalid([{ field: 'body.unitCode', message: `Không có đơn vị mã ${code} trong phạm vi của bạn.` }]);
  }
  return unit;
}

function checkAdminTarget(caller: AuthUser, unit: repo.UnitRow, roles: (Role | string | undefined)[]) {
  if (roles.includes('admin') && !canManageAdminAt(caller.unit.path, unit.path)) {
    throw errors.forbidden('quản lý tài khoản quản trị cùng cấp hoặc cấp trên');
  }
}

function checkNotSelf(caller: AuthUser, id: number) {
  if (id === caller.id) {
    throw new AppError(
      409,
      'SELF_LOCKOUT',
      'Bạn không thể tự khóa, tự đổi vai trò, đơn vị hoặc đặt lại mật khẩu của chính mình tại đây.',
    );
  }
}

export async function listUsers(
  db: Db,
  caller: AuthUser,
  query: { q?: string; unit?: string; role?: Role; limit: number; offset: number },
) {
  let unitId: number | undefined;
  if (query.unit) {
    const unit = await findUnitByCode(db, query.unit, caller.scope);
    if (!unit) throw errors.notFound('Đơn vị');
    unitId = unit.id;
  }
  const { items, total } = await repo.listUsersInScope(
    db,
    caller.scope,
    { q: query.q, unitId, role: query.role },
    query,
  );
  return { items: items.map((row) => presentUser(row.user, row.unit)), total };
}

export async function getUser(db: Db, caller: AuthUser, id: number): Promise<User> {
  const row = await repo.findUserInScope(db, caller.scope, id);
  if (!row) throw errors.notFound('Người dùng');
  return presentUser(row.user, row.unit);
}

export async function createUser(db: Db, caller: AuthUser, actor: Actor, input: CreateUserBody): Promise<User> {
  const unit = await unitInScope(db, caller, input.unitCode);
  checkAdminTarget(caller, unit, [input.role]);
  if (await repo.findUserByUsername(db, input.username)) {
    throw errors.conflict('USERNAME_TAKEN', 'Tên đăng nhập đã có người dùng.', [
      { field: 'body.username', message: 'Tên đăng nhập đã tồn tại.' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        role: input.role,
        unitId: unit.id,
        passwordHash,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: created!.id,
      unitId: unit.id,
      after: auditable(created!),
    });
    return presentUser(created!, unit);
  });
}

export async function updateUser(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  id: number,
  input: UpdateUserBody,
): Promise<User> {
  const existing = await repo.findUserInScope(db, caller.scope, id);
  if (!existing) throw errors.notFound('Người dùng');
  const isSensitive =
    input.isActive === false ||
    (input.role && input.role !== existing.user.role) ||
    (input.unitCode && input.unitCode !== existing.unit.code);
  if (isSensitive) checkNotSelf(caller, id);
  const unit = input.unitCode ? await unitInScope(db, caller, input.unitCode) : existing.unit;
  if (id !== caller.id) {
    checkAdminTarget(caller, existing.unit, [existing.user.role]);
    checkAdminTarget(caller, unit, [input.role ?? existing.user.role]);
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({
        displayName: input.displayName ?? existing.user.displayName,
        email: input.email === undefined ? existing.user.email : input.email,
        role: input.role ?? existing.user.role,
        unitId: unit.id,
        isActive: input.isActive ?? existing.user.isActive,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    // A deactivated or moved account must not keep sessions scoped to its old rights.
    if (!updated!.isActive || updated!.unitId !== existing.user.unitId || updated!.role !== existing.user.role) {
      await tx.delete(sessions).where(eq(sessions.userId, id));
    }
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      unitId: unit.id,
      before: auditable(existing.user),
      after: auditable(updated!),
    });
    return presentUser(updated!, unit);
  });
}

export async function resetPassword(
  db: Db,
  caller: AuthUser,
  actor: Actor,
  id: number,
  newPassword: string,
): Promise<void> {
  const existing = await repo.findUserInScope(db, caller.scope, id);
  if (!existing) throw errors.notFound('Người dùng');
  checkNotSelf(caller, id);
  checkAdminTarget(caller, existing.unit, [existing.user.role]);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: id,
      unitId: existing.unit.id,
    });
  });
}
