import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskListQuerySchema } from '../../shared/api/tasks.ts';
import { importReportSchema } from '../../shared/api/units.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { AppError } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { taskClockOf } from './task-clock.ts';
import { importTasks } from './task-import.service.ts';
import { listTasks } from './task-query.service.ts';
import { buildTaskExport, buildTemplate } from './task-xlsx.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT_LIMIT = 10_000;

export function registerTaskXlsxRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    '/api/tasks/template.xlsx',
    {
      config: { ability: 'tasks:read' },
      schema: { tags: ['tasks'], summary: 'Tải mẫu Excel để nhập nhiệm vụ' },
    },
    async (_request, reply) => {
      reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="mau-nhap-nhiem-vu.xlsx"');
      return buildTemplate();
    },
  );

  r.get(
    '/api/tasks/export.xlsx',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: 'Xuất danh sách nhiệm vụ (cùng bộ lọc như danh sách) ra Excel',
        querystring: taskListQuerySchema.omit({ limit: true, offset: true }),
      },
    },
    async (request, reply) => {
      const { items } = await listTasks(
        db,
        callerOf(request),
        { ...request.query, limit: EXPORT_LIMIT, offset: 0 },
        taskClockOf(deps),
      );
      reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="nhiem-vu.xlsx"');
      return buildTaskExport(items);
    },
  );

  app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/api/tasks/import',
      {
        config: { ability: 'tasks:assign', forbiddenWhat: 'giao nhiệm vụ' },
        schema: {
          tags: ['tasks'],
          summary: 'Nhập nhiệm vụ từ mẫu Excel vào một kế hoạch, tất cả hoặc không',
          querystring: z.object({
            plan: z.string({ error: 'Vui lòng chọn kế hoạch' }).trim().min(1, 'Vui lòng chọn kế hoạch'),
            dryRun: z.enum(['true', 'false']).optional(),
          }),
          response: { 200: importReportSchema, 422: importReportSchema },
        },
      },
      async (request, reply) => {
        const body = request.body as Buffer | undefined;
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw new AppError(400, 'FILE_EMPTY', 'Chưa có tệp nào được gửi lên.');
        const caller = callerOf(request);
        const report = await importTasks(
          db,
          caller,
          actorOf(caller, request.id),
          body,
          { planCode: request.query.plan, isDryRun: request.query.dryRun === 'true' },
          taskClockOf(deps),
        );
        reply.status(report.rejected.length > 0 ? 422 : 200);
        return report;
      },
    );
  });
}
