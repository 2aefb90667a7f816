import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/domain.ts';
import { abilitiesOf, can, canManageAdminAt } from './account.policy.ts';

describe('account policy', () => {
  it('gives every role read access to units', () => {
    for (const role of roles) expect(can(role, 'units:read')).toBe(true);
  });
  it('keeps the inspector read-only', () => {
    expect(abilitiesOf('inspector').every((a) => a.endsWith(':read'))).toBe(true);
  });
  it('lets only admins manage users and import units', () => {
    for (const role of roles) {
      expect(can(role, 'users:manage')).toBe(role === 'admin');
      expect(can(role, 'units:import')).toBe(role === 'admin');
    }
  });
  it('lets admins and inspectors read the audit trail', () => {
    expect(roles.filter((r) => can(r, 'audit:read'))).toEqual(['admin', 'inspector']);
  });
});

describe('admin accounts are managed from above', () => {
  it('allows a unit strictly below, never the same unit or a sibling', () => {
    expect(canManageAdminAt('/1/5/', '/1/5/80/')).toBe(true);
    expect(canManageAdminAt('/1/5/', '/1/5/')).toBe(false);
    expect(canManageAdminAt('/1/5/', '/1/6/')).toBe(false);
    expect(canManageAdminAt('/1/5/', '/1/')).toBe(false);
  });
});
