import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../shared/api/common.ts';
import { taskStatsQuerySchema, taskStatsSchema } from '../../shared/api/stats.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { taskClockOf } from './task-clock.ts';
import { getTaskStats } from './task-stats.service.ts';

export function registerStatsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/stats/tasks',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['stats'],
        summary: 'Thống kê nhiệm vụ của một đơn vị (cả cấp dưới) tại một ngày bất kỳ',
        querystring: taskStatsQuerySchema,
        response: { 200: taskStatsSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const clock = taskClockOf(deps);
      const query = { unit: request.query.unit, asOf: request.query.asOf ?? clock.today };
      const stats = await getTaskStats(deps.database.db, callerOf(request).scope, query, clock.nearDeadlineDays, {
        today: clock.today,
      });
      if (request.query.ranking === 'pillar') return stats;
      const { rankingByPillar: _omitted, ...rest } = stats;
      return rest;
    },
  );
}
