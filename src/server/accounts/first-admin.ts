import type { Db } from '../db/database.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { AppError } from '../http/errors.ts';
import { findRootUnits, findUnitByCode, insertUnit } from '../units/unit.repository.ts';
import { users } from './account.table.ts';
import { findUserByUsername } from './account.repository.ts';
import { hashPassword } from './password.ts';

export type FirstAdminInput = { username: string; password: string; unitCode?: string };

/**
 * Production never ships a default password: the first admin comes from the CLI or from
 * ADMIN_USERNAME/ADMIN_PASSWORD. On an empty database it also creates the root unit to hang from.
 */
export async function ensureAdmin(db: Db, input: FirstAdminInput): Promise<{ isCreated: boolean }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,50}$/.test(username))
    throw new AppError(400, 'VALIDATION_FAILED', 'Tên đăng nhập không hợp lệ.');
  if (input.password.length < 10)
    throw new AppError(400, 'VALIDATION_FAILED', 'Mật khẩu quản trị cần ít nhất 10 ký tự.');
  if (await findUserByUsername(db, username)) return { isCreated: false };
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    let unit = input.unitCode ? await findUnitByCode(tx, input.unitCode) : (await findRootUnits(tx))[0];
    if (input.unitCode && !unit) throw new AppError(404, 'NOT_FOUND', `Không có đơn vị mã ${input.unitCode}.`);
    unit ??= await insertUnit(
      tx,
      {
        code: 'TW',
        name: 'Ban Chỉ đạo Trung ương',
        fullName: 'Ban Chỉ đạo Trung ương',
        type: 'Ban Chỉ đạo',
        level: 'central',
        validFrom: new Date().toISOString().slice(0, 10),
      },
      null,
    );
    const [created] = await tx
      .insert(users)
      .values({ username, displayName: 'Quản trị hệ thống', role: 'admin', unitId: unit.id, passwordHash })
      .returning({ id: users.id });
    await recordAudit(tx, systemActor('cli'), {
      action: 'user.create_admin',
      entityType: 'user',
      entityId: created!.id,
      unitId: unit.id,
      after: { username, unitCode: unit.code },
    });
  });
  return { isCreated: true };
}
