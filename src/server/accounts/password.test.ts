import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('mật khẩu 2025');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('mật khẩu 2025', stored)).toBe(true);
    expect(await verifyPassword('mat khau 2025', stored)).toBe(false);
  });
  it('salts every hash', async () => {
    expect(await hashPassword('same-password1')).not.toBe(await hashPassword('same-password1'));
  });
  it('treats composed and decomposed Vietnamese input as the same password', async () => {
    const stored = await hashPassword('Hóa2025xyz');
    expect(await verifyPassword('Hóa2025xyz'.normalize('NFD'), stored)).toBe(true);
  });
  it('never accepts anything against the dummy or a malformed hash', async () => {
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});
