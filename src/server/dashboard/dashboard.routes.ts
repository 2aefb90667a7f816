import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dashboardQuerySchema, dashboardSchema, trendSchema } from '../../shared/api/dashboard.ts';
import { addDays, vietnamDate } from '../../shared/dates.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { getTaskStats } from '../tasks/task-stats.service.ts';
import { ChangeFeed } from './change-feed.ts';
import { errorBodySchema } from '../../shared/api/common.ts';
import { contentDisposition } from '../reports/report-files.ts';
import { renderDashboardPdf } from './dashboard-pdf.ts';
import { getDashboard } from './dashboard.service.ts';

const HEARTBEAT_MS = 25_000;

export function registerDashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const feed = new ChangeFeed(db);
  const streams = new Set<ServerResponse>();
  // Open event streams would hold a graceful shutdown until its timeout: end them first.
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });
  app.addHook('onClose', async () => feed.stop());
  const today = () => vietnamDate(deps.clock());

  r.get(
    '/api/dashboard',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['dashboard'],
        summary: 'Bảng điều hành: nhiệm vụ, chỉ tiêu, cảnh báo, xếp hạng của một đơn vị tại một ngày',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) =>
      getDashboard(
        db,
        callerOf(request),
        { ...request.query, asOf: request.query.asOf ?? today() },
        deps.config.nearDeadlineDays,
        today(),
      ),
  );

  r.get(
    '/api/dashboard/export.pdf',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['dashboard'],
        summary: 'Xuất bảng điều hành ra PDF (A4) để họp',
        querystring: dashboardQuerySchema,
        response: { 200: z.any().describe('Tệp PDF'), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? today();
      const board = await getDashboard(
        db,
        callerOf(request),
        { ...request.query, asOf },
        deps.config.nearDeadlineDays,
        today(),
      );
      const name = `bang-dieu-hanh-${board.unit.code}-${asOf}`.replace(/[^\w.-]+/g, '-');
      reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          contentDisposition({ ascii: `${name}.pdf`, unicode: `Bảng điều hành ${board.unit.fullName} ${asOf}.pdf` }),
        )
        .header('cache-control', 'private, no-store');
      return renderDashboardPdf(board, today());
    },
  );

  r.get(
    '/api/dashboard/trend',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['dashboard'],
        summary: 'Tỷ lệ hoàn thành theo thời gian (mỗi 30 ngày)',
        querystring: dashboardQuerySchema
          .pick({ unit: true, asOf: true })
          .extend({ points: z.coerce.number().int().min(2).max(24).default(6) }),
        response: { 200: trendSchema },
      },
    },
    async (request) => {
      const end = request.query.asOf ?? today();
      const dates = Array.from({ length: request.query.points }, (_, i) =>
        addDays(end, -30 * (request.query.points - 1 - i)),
      );
      const scope = callerOf(request).scope;
      const context = { today: today(), versions: new Map() }; // the counters are read once for six points
      // In parallel: PostgreSQL runs them on separate connections (the embedded engine queues them).
      const points = await Promise.all(
        dates.map(async (on) => {
          const stats = await getTaskStats(
            db,
            scope,
            { unit: request.query.unit, asOf: on },
            deps.config.nearDeadlineDays,
            context,
          );
          return { on, completionRate: stats.completionRate, completed: stats.completed, total: stats.total };
        }),
      );
      return { points };
    },
  );

  // Server-sent events: a "change" event whenever something in the caller's scope changes.
  r.get(
    '/api/live',
    {
      config: { ability: 'tasks:read' },
      schema: { tags: ['dashboard'], summary: 'Sự kiện cập nhật trực tiếp (text/event-stream)' },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-request-id': request.id,
      });
      res.write('retry: 3000\n\nevent: ready\ndata: {}\n\n');
      const unsubscribe = feed.subscribe(caller.scope, () =>
        res.write(`event: change\ndata: ${JSON.stringify({ at: new Date().toISOString() })}\n\n`),
      );
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      streams.add(res);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(res);
      });
    },
  );
}
