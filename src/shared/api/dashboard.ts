import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { taskCountsSchema, taskStatsSchema } from './stats.ts';

export const dashboardQuerySchema = z.object({
  unit: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị').max(40),
  asOf: isoDateSchema.optional(),
  plan: z.string().trim().min(1).max(60).optional(),
});

const bandCounts = z.object({
  total: z.number(),
  green: z.number(),
  orange: z.number(),
  red: z.number(),
  grey: z.number(),
  improved: z.number(),
});

export const warningSchema = z.object({
  kind: z.enum(['overdue', 'near_deadline', 'missing_report', 'red_indicator', 'explanation_pending']),
  title: z.string(),
  link: z.string(),
  dueOn: z.string().nullable(),
  unit: z.object({ code: z.string(), fullName: z.string() }).nullable(),
  head: z.string().nullable(),
});

const rankingRowSchema = z.object({
  unit: z.object({ code: z.string(), fullName: z.string(), level: z.string() }),
  score: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
  rank: z.number().nullable(),
  /** Change of the score over the last 30 days (points). */
  trend: z.number().nullable(),
  completionRate: z.number().nullable(),
  total: z.number(),
  overdue: z.number(),
});

export const dashboardSchema = z
  .object({
    unit: z.object({ code: z.string(), fullName: z.string(), level: z.string() }),
    asOf: z.string(),
    tasks: taskCountsSchema,
    tasksWeekAgo: taskCountsSchema,
    tasksMonthAgo: taskCountsSchema,
    byPillar: taskStatsSchema.shape.byPillar,
    ranking: z.array(rankingRowSchema),
    /** The ranking over one pillar's tasks only, keyed by pillar code. */
    rankingByPillar: z.record(z.string(), z.array(rankingRowSchema)),
    plan: z.object({ code: z.string(), title: z.string() }).nullable(),
    indicators: z.object({ total: bandCounts, byPillar: z.record(z.string(), bandCounts) }).nullable(),
    warnings: z.array(warningSchema),
    /** The latest progress reports in the subtree: what the units said most recently. */
    recentReports: z.array(
      z.object({
        link: z.string(),
        task: z.string(),
        unit: z.object({ code: z.string(), fullName: z.string() }),
        reportedOn: z.string(),
        percent: z.number().nullable(),
        text: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

export const trendSchema = z.object({
  points: z.array(
    z.object({ on: z.string(), completionRate: z.number().nullable(), completed: z.number(), total: z.number() }),
  ),
});
