import { z } from 'zod';
import { unitLevels } from '../domain.ts';
import { isoDateSchema } from './common.ts';

export const unitSchema = z
  .object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    level: z.enum(unitLevels),
    type: z.string(),
    parentCode: z.string().nullable(),
    isStandingOffice: z.boolean(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    childCount: z.number(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

export const unitListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  parent: z.string().trim().max(40).optional(),
  level: z.enum(unitLevels).optional(),
  includeDissolved: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const unitListSchema = z.object({ items: z.array(unitSchema), total: z.number() });

export const unitLinkSchema = z.object({
  kind: z.string(),
  effectiveOn: z.string(),
  unit: z.object({ code: z.string(), fullName: z.string(), validFrom: z.string(), validTo: z.string().nullable() }),
});

/** `on` picks the unit that held the code on that date (codes are reused: an old ward and its successor). */
export const unitDetailQuerySchema = z.object({ on: isoDateSchema.optional() });

export const unitDetailSchema = unitSchema
  .extend({
    ancestors: z.array(z.object({ code: z.string(), fullName: z.string() })),
    predecessors: z.array(unitLinkSchema),
    successors: z.array(unitLinkSchema),
  })
  .meta({ id: 'UnitDetail' });
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const unitImportQuerySchema = z.object({
  format: z.enum(['csv', 'json', 'xlsx']).optional(),
  parent: z.string().trim().max(40).optional(),
  effectiveOn: isoDateSchema.optional(),
  dryRun: z.enum(['true', 'false']).optional(),
});

export const importReportSchema = z
  .object({
    isApplied: z.boolean(),
    total: z.number(),
    inserted: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rejected: z.array(z.object({ line: z.number(), column: z.string(), message: z.string() })),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;
