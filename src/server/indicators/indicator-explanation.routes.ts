import type { FastifyInstance } from 'fastify';
import { idSchema } from '../../shared/api/common.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { explanationAnswerBodySchema, explanationRequestBodySchema } from '../../shared/api/notifications.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import {
  answerIndicatorExplanation,
  listIndicatorExplanations,
  requestIndicatorExplanation,
} from './indicator-explanation.service.ts';

const tags = ['indicators'];
const idParams = z.object({ id: idSchema('Mã') });
const explanationSchema = z.object({
  id: z.number(),
  unitCode: z.string(),
  question: z.string(),
  askedOn: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
});

export function registerIndicatorExplanationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const today = () => vietnamDate(deps.clock());

  r.get(
    '/api/indicators/:id/explanations',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Yêu cầu giải trình về một chỉ tiêu của một đơn vị',
        params: idParams,
        querystring: z.object({ unit: z.string({ error: 'Vui lòng chọn đơn vị' }).min(1, 'Vui lòng chọn đơn vị') }),
        response: { 200: z.object({ items: z.array(explanationSchema) }) },
      },
    },
    async (request) => ({
      items: await listIndicatorExplanations(db, callerOf(request), request.params.id, request.query.unit),
    }),
  );

  r.post(
    '/api/indicators/:id/explanations',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Yêu cầu đơn vị giải trình về một chỉ tiêu',
        params: idParams,
        body: explanationRequestBodySchema.extend({
          unitCode: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị'),
        }),
        response: { 201: explanationSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return requestIndicatorExplanation(
        db,
        caller,
        actorOf(caller, request.id),
        request.params.id,
        request.body,
        today(),
      );
    },
  );

  r.post(
    '/api/indicator-explanations/:id/answer',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Giải trình về chỉ tiêu',
        params: idParams,
        body: explanationAnswerBodySchema,
        response: { 200: explanationSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return answerIndicatorExplanation(
        db,
        caller,
        actorOf(caller, request.id),
        request.params.id,
        request.body.answer,
        today(),
      );
    },
  );
}
