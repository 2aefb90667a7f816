import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/domain.ts';
import { abilitiesOf, can } from './account.policy.ts';

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
