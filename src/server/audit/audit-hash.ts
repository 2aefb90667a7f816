import { createHash } from 'node:crypto';

/** The genesis link of the chain: the first record's previous hash. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = {
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  unitId: number | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

/** JSON with object keys sorted at every depth: jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, content: AuditContent): string {
  const normalized = { ...content, at: new Date(content.at).toISOString() };
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(normalized)).digest('hex');
}
