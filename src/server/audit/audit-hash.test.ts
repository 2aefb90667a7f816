import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH, type AuditContent } from './audit-hash.ts';

const content: AuditContent = {
  at: '2025-07-25T08:00:00.000Z',
  actorId: 1,
  actorName: 'admin',
  action: 'user.create',
  entityType: 'user',
  entityId: '7',
  unitId: 3,
  before: null,
  after: { b: 1, a: [{ y: 2, x: 1 }] },
  requestId: 'req-1',
};

describe('canonicalJson', () => {
  it('sorts keys at every depth so jsonb key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });
  it('drops undefined fields like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('chainHash', () => {
  it('is stable for the same content whatever the timestamp format', () => {
    const a = chainHash(GENESIS_HASH, content);
    const b = chainHash(GENESIS_HASH, { ...content, at: '2025-07-25 08:00:00+00' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when the content or the previous link changes', () => {
    const base = chainHash(GENESIS_HASH, content);
    expect(chainHash(GENESIS_HASH, { ...content, after: { a: 2 } })).not.toBe(base);
    expect(chainHash(base, content)).not.toBe(base);
  });
});
