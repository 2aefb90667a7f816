import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPlanBodySchema, planSchema } from '../../shared/api/plans.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { createPlan, listPlans } from './plan.service.ts';

export function registerPlanRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  r.get(
    '/api/plans',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['plans'],
        summary: 'Kế hoạch, chương trình trong phạm vi và cấp trên',
        response: { 200: z.object({ items: z.array(planSchema) }) },
      },
    },
    async (request) => ({ items: await listPlans(db, callerOf(request)) }),
  );
  r.post(
    '/api/plans',
    {
      config: { ability: 'tasks:assign', forbiddenWhat: 'ban hành kế hoạch' },
      schema: {
        tags: ['plans'],
        summary: 'Ban hành kế hoạch',
        body: createPlanBodySchema,
        response: { 201: planSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return createPlan(db, caller, actorOf(caller, request.id), request.body);
    },
  );
}
