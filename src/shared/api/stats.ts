import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const taskStatsQuerySchema = z.object({
  unit: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị').max(40),
  asOf: isoDateSchema.optional(),
  /** `pillar` adds the ranking over each pillar's tasks (five times the size for a province). */
  ranking: z
    .enum(['pillar'], { error: 'Tham số ranking chỉ nhận giá trị "pillar" (xếp hạng theo từng trụ cột).' })
    .optional(),
});

const countsShape = {
  total: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  completedLate: z.number(),
  completedLateAgainstOriginal: z.number(),
  inProgress: z.number(),
  inProgressOnTime: z.number(),
  nearDeadline: z.number(),
  overdue: z.number(),
  notStarted: z.number(),
  due: z.number(),
  completionRate: z.number().nullable(),
};
export const taskCountsSchema = z.object(countsShape);
export type TaskCounts = z.infer<typeof taskCountsSchema>;

const childUnitRankSchema = z.object({
  unit: z.object({ code: z.string(), fullName: z.string(), level: z.string() }),
  ...countsShape,
  score: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
  rank: z.number().nullable(),
});

export const taskStatsSchema = z
  .object({
    unit: z.object({ code: z.string(), fullName: z.string() }),
    asOf: z.string(),
    ...countsShape,
    byPillar: z.array(z.object({ pillar: z.string(), ...countsShape })),
    byChildUnit: z.array(childUnitRankSchema),
    /** The same ranking counted over one pillar's tasks only; present when asked with `ranking=pillar`. */
    rankingByPillar: z.record(z.string(), z.array(childUnitRankSchema)).optional(),
  })
  .meta({ id: 'TaskStats' });
export type TaskStats = z.infer<typeof taskStatsSchema>;
