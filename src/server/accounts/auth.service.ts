import { createHash, randomBytes } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { AppError } from '../http/errors.ts';
import { sessions, users } from './account.table.ts';
import * as repo from './account.repository.ts';
import { toAuthUser, type AuthUser } from './auth-context.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';
import type { LoginLimiter } from './login-limiter.ts';

export type AuthSettings = { sessionTtlHours: number; loginMaxFailures: number; loginLockMinutes: number };
export type LoginInput = { username: string; password: string; ip: string; userAgent: string | undefined };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const loginFailed = () => new AppError(401, 'LOGIN_FAILED', 'Tên đăng nhập hoặc mật khẩu không đúng.');

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(
    429,
    'ACCOUNT_LOCKED',
    `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  );
}

/** Counts a failure; the last allowed failure locks the account for a while. */
async function recordFailedLogin(db: Db, user: repo.UserRow, settings: AuthSettings, now: Date, ip: string) {
  const failures = user.failedLoginCount + 1;
  const isLocking = failures >= settings.loginMaxFailures;
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        failedLoginCount: isLocking ? 0 : failures,
        lockedUntil: isLocking ? new Date(now.getTime() + settings.loginLockMinutes * 60_000) : user.lockedUntil,
      })
      .where(eq(users.id, user.id));
    if (isLocking) {
      await recordAudit(
        tx,
        { id: null, name: 'system' },
        {
          action: 'user.lock',
          entityType: 'user',
          entityId: user.id,
          unitId: user.unitId,
          after: { ip, minutes: settings.loginLockMinutes },
        },
      );
    }
  });
}

export async function login(
  db: Db,
  limiter: LoginLimiter,
  settings: AuthSettings,
  input: LoginInput,
  requestId: string,
) {
  const now = new Date();
  if (limiter.isBlocked(input.ip)) {
    throw new AppError(429, 'TOO_MANY_ATTEMPTS', 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.');
  }
  const user = await repo.findUserByUsername(db, input.username);
  if (user?.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil, now);
  const isValid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !isValid || !user.isActive) {
    limiter.recordFailure(input.ip);
    if (user && !isValid) await recordFailedLogin(db, user, settings, now, input.ip);
    throw loginFailed();
  }
  const token = randomBytes(32).toString('base64url');
  const session = { id: hashToken(token), csrfToken: randomBytes(24).toString('base64url') };
  const actor: Actor = { id: user.id, name: user.username, requestId };
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      ...session,
      userId: user.id,
      expiresAt: new Date(now.getTime() + settings.sessionTtlHours * 3_600_000),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300),
    });
    await recordAudit(tx, actor, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      unitId: user.unitId,
      after: { ip: input.ip },
    });
  });
  return { token, maxAgeSeconds: settings.sessionTtlHours * 3600 };
}

export async function resolveSession(db: Db, token: string): Promise<AuthUser | undefined> {
  const row = await repo.findSession(db, hashToken(token), new Date());
  return row && toAuthUser(row.user, row.unit, row.session);
}

export async function logout(db: Db, user: AuthUser, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, user.sessionId));
    await recordAudit(tx, actor, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: user.id,
      unitId: user.unit.id,
    });
  });
}

/** Changing the password signs out every other session of the user. */
export async function changePassword(db: Db, user: AuthUser, actor: Actor, current: string, next: string) {
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(current, row.passwordHash))) {
    throw new AppError(400, 'VALIDATION_FAILED', 'Mật khẩu hiện tại không đúng.', [
      { field: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, user.sessionId)));
    await recordAudit(tx, actor, {
      action: 'user.change_password',
      entityType: 'user',
      entityId: user.id,
      unitId: user.unit.id,
    });
  });
}
