import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const indicatorStatsQuerySchema = z.object({
  unit: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị').max(40),
  plan: z.string({ error: 'Vui lòng chọn kế hoạch' }).trim().min(1, 'Vui lòng chọn kế hoạch').max(60),
  asOf: isoDateSchema.optional(),
});

export const indicatorProgressSchema = z.object({
  code: z.string(),
  name: z.string(),
  pillar: z.string(),
  tier: z.string(),
  unitOfMeasure: z.string(),
  direction: z.enum(['higher', 'lower']),
  value: z.number().nullable(),
  valueOn: z.string().nullable(),
  baseline: z.number().nullable(),
  changeSinceBaseline: z.number().nullable(),
  target: z.number().nullable(),
  targetYear: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  status: z.enum(['green', 'orange', 'red', 'grey']),
  forecast: z.object({ valueAtTarget: z.number(), reachesOn: z.string().nullable() }).nullable(),
  isSample: z.boolean(),
});

export const indicatorStatsSchema = z
  .object({
    unit: z.object({ code: z.string(), fullName: z.string() }),
    plan: z.object({ code: z.string(), title: z.string() }),
    asOf: z.string(),
    total: z.number(),
    byPillar: z.record(z.string(), z.number()),
    withTarget: z.record(z.string(), z.number()),
    improvedSinceBaseline: z.number(),
    byStatus: z.record(z.string(), z.number()),
    items: z.array(indicatorProgressSchema),
  })
  .meta({ id: 'IndicatorStats' });
export type IndicatorStats = z.infer<typeof indicatorStatsSchema>;
