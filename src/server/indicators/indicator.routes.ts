import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { indicatorStatsQuerySchema, indicatorStatsSchema } from '../../shared/api/indicators.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { getIndicatorStats } from './indicator-stats.service.ts';

export function registerIndicatorRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/stats/indicators',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['indicators'],
        summary: 'Tiến độ chỉ tiêu của một kế hoạch tại một đơn vị, tại một ngày bất kỳ',
        querystring: indicatorStatsQuerySchema,
        response: { 200: indicatorStatsSchema },
      },
    },
    async (request) => {
      const today = vietnamDate(deps.clock());
      const query = { unit: request.query.unit, plan: request.query.plan, asOf: request.query.asOf ?? today };
      return getIndicatorStats(deps.database.db, callerOf(request), query, { today });
    },
  );
}
