import { idSchema } from './common.ts';
import { z } from 'zod';

export const auditEventSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    /** Null for a record committed after the trail was sealed for this answer; sealed within a second. */
    hash: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const auditListQuerySchema = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeId: idSchema('Mã bản ghi').optional(),
});
export const auditListSchema = z.object({ items: z.array(auditEventSchema) });

export const auditVerificationSchema = z.object({
  isIntact: z.boolean(),
  checked: z.number(),
  firstBrokenId: z.number().nullable(),
});
