import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, idSchema } from '../../shared/api/common.ts';
import {
  createIndicatorBodySchema,
  indicatorSchema,
  indicatorValueSchema,
  ingestBodySchema,
  machineTokenSchema,
  recordValueBodySchema,
} from '../../shared/api/indicators.ts';
import { reasonBodySchema } from '../../shared/api/tasks.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { errors } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { listPlans } from '../plans/plan.service.ts';
import { indicators } from './indicator.table.ts';
import { createIndicator, presentIndicator } from './indicator-catalogue.service.ts';
import { pendingValues, recordValue, reviewValue, valueHistory } from './indicator-values.service.ts';
import { authenticateToken, issueToken, listTokens, revokeToken } from './machine-token.service.ts';

const tags = ['indicators'];
const idParams = z.object({ id: idSchema('Mã') });

export function registerIndicatorValueRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const today = () => vietnamDate(deps.clock());
  const rules = () => ({ today: today(), cutDay: deps.config.monthCutDay });

  r.get(
    '/api/indicators',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Danh mục chỉ tiêu của một kế hoạch',
        querystring: z.object({ plan: z.string({ error: 'Vui lòng chọn kế hoạch' }).min(1, 'Vui lòng chọn kế hoạch') }),
        response: { 200: z.object({ items: z.array(indicatorSchema) }) },
      },
    },
    async (request) => {
      const plan = (await listPlans(db, callerOf(request))).find((p) => p.code === request.query.plan);
      if (!plan) throw errors.notFound('Kế hoạch');
      const rows = await db
        .select()
        .from(indicators)
        .where(eq(indicators.planId, plan.id))
        .orderBy(asc(indicators.code));
      return {
        items: rows.map(presentIndicator),
      };
    },
  );

  r.post(
    '/api/indicators',
    {
      config: { ability: 'tasks:assign', forbiddenWhat: 'thêm chỉ tiêu' },
      schema: {
        tags,
        summary: 'Thêm chỉ tiêu vào kế hoạch (có thể là chỉ tiêu tính theo công thức)',
        body: createIndicatorBodySchema,
        response: { 201: indicatorSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return createIndicator(db, caller, actorOf(caller, request.id), request.body);
    },
  );

  r.get(
    '/api/indicators/:id/values',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Lịch sử số liệu (mọi phiên bản) của một đơn vị',
        params: idParams,
        querystring: z.object({ unit: z.string({ error: 'Vui lòng chọn đơn vị' }).min(1, 'Vui lòng chọn đơn vị') }),
        response: { 200: z.object({ items: z.array(indicatorValueSchema) }) },
      },
    },
    async (request) => ({ items: await valueHistory(db, callerOf(request), request.params.id, request.query.unit) }),
  );

  r.post(
    '/api/indicators/:id/values',
    {
      config: { ability: 'indicators:report', forbiddenWhat: 'nhập số liệu chỉ tiêu' },
      schema: {
        tags,
        summary: 'Nhập số liệu (chờ duyệt); kỳ đã duyệt thì là bản điều chỉnh',
        params: idParams,
        body: recordValueBodySchema,
        response: { 201: indicatorValueSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return recordValue(
        db,
        caller,
        actorOf(caller, request.id),
        request.params.id,
        { ...request.body, source: 'form' },
        rules(),
      );
    },
  );

  r.get(
    '/api/indicator-values/pending',
    {
      config: { ability: 'indicators:review' },
      schema: {
        tags,
        summary: 'Hàng chờ duyệt số liệu',
        response: {
          200: z.object({
            items: z.array(
              indicatorValueSchema.extend({
                indicatorName: z.string(),
                indicatorId: z.number(),
                unitOfMeasure: z.string(),
                submittedByName: z.string(),
                isOwnEntry: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await pendingValues(db, callerOf(request)) }),
  );

  for (const [path, isApproved] of [
    ['approve', true],
    ['return', false],
  ] as const) {
    r.post(
      `/api/indicator-values/:id/${path}`,
      {
        config: { ability: 'indicators:review', forbiddenWhat: 'duyệt số liệu chỉ tiêu' },
        schema: {
          tags,
          summary: isApproved ? 'Duyệt số liệu (khóa lại)' : 'Trả lại số liệu',
          params: idParams,
          ...(isApproved ? {} : { body: reasonBodySchema }),
          response: { 200: indicatorValueSchema },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const reason = isApproved ? undefined : (request.body as { reason: string }).reason;
        return reviewValue(db, caller, actorOf(caller, request.id), request.params.id, { isApproved, reason }, today());
      },
    );
  }

  r.get(
    '/api/machine-tokens',
    {
      config: { ability: 'users:manage' },
      schema: {
        tags,
        summary: 'Mã truy cập máy (kết nối tự động)',
        response: { 200: z.object({ items: z.array(machineTokenSchema) }) },
      },
    },
    async (request) => ({ items: await listTokens(db, callerOf(request)) }),
  );

  r.post(
    '/api/machine-tokens',
    {
      config: { ability: 'users:manage', forbiddenWhat: 'cấp mã truy cập máy' },
      schema: {
        tags,
        summary: 'Cấp mã truy cập máy cho một đơn vị (chỉ hiện một lần)',
        body: z.object({
          unitCode: z.string().trim().min(1, 'Vui lòng chọn đơn vị'),
          name: z.string().trim().min(2, 'Vui lòng đặt tên').max(100),
        }),
        response: { 201: z.object({ id: z.number(), name: z.string(), unitCode: z.string(), token: z.string() }) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return issueToken(db, caller, actorOf(caller, request.id), request.body);
    },
  );

  r.post(
    '/api/machine-tokens/:id/revoke',
    {
      config: { ability: 'users:manage', forbiddenWhat: 'thu hồi mã truy cập máy' },
      schema: { tags, summary: 'Thu hồi mã truy cập máy', params: idParams, response: { 200: okSchema } },
    },
    async (request) => {
      const caller = callerOf(request);
      await revokeToken(db, caller, actorOf(caller, request.id), request.params.id);
      return { ok: true as const };
    },
  );

  const machineCallers = new WeakMap<FastifyRequest, Awaited<ReturnType<typeof authenticateToken>>>();
  r.post(
    '/api/ingest/values',
    {
      config: { access: 'machine' },
      // The token first: an anonymous caller gets 401, not the body's field list.
      preValidation: async (request) => {
        machineCallers.set(request, await authenticateToken(db, request.headers.authorization));
      },
      schema: {
        tags,
        summary:
          'Kết nối tự động: gửi số liệu bằng mã truy cập máy (Authorization: Bearer), an toàn khi gửi lại cùng requestKey',
        security: [{ machineToken: [] }],
        body: ingestBodySchema,
        response: { 201: indicatorValueSchema },
      },
    },
    async (request, reply) => {
      const { submitter, actor } = machineCallers.get(request) ?? (await authenticateToken(db, undefined));
      const plan = (await listPlans(db, submitter)).find((p) => p.code === request.body.plan);
      const [indicator] = plan
        ? await db
            .select()
            .from(indicators)
            .where(and(eq(indicators.planId, plan.id), eq(indicators.code, request.body.indicator)))
        : [];
      if (!indicator) throw errors.notFound(`Chỉ tiêu ${request.body.indicator} của kế hoạch ${request.body.plan}`);
      const { plan: _plan, indicator: _code, unitCode, ...rest } = request.body;
      reply.status(201);
      return recordValue(
        db,
        submitter,
        { ...actor, requestId: request.id },
        indicator.id,
        { ...rest, unitCode: unitCode ?? submitter.unit.code, source: 'api' },
        rules(),
      );
    },
  );
}
