import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema, idSchema } from '../../shared/api/common.ts';
import {
  createScheduleBodySchema,
  reportScheduleSchema,
  scheduleListQuerySchema,
  scheduleRunResultSchema,
} from '../../shared/api/reports.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { createSchedule, deactivateSchedule, listSchedules, runDueReportSchedules } from './report-schedule.service.ts';
import { reportContextOf } from './report.service.ts';

const tags = ['reports'];
const config = { ability: 'reports:create' as const, forbiddenWhat: 'quản lý lịch báo cáo' };
const idParams = z.object({
  id: idSchema('Mã lịch báo cáo'),
});

/** Scheduled reports: generated on a day of the month for the period just ended and e-mailed. */
export function registerReportScheduleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/report-schedules',
    {
      config,
      schema: {
        tags,
        summary: 'Đặt lịch lập và gửi báo cáo định kỳ qua e-mail',
        body: createScheduleBodySchema,
        response: { 201: reportScheduleSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const schedule = await createSchedule(reportContextOf(deps), caller, actorOf(caller, request.id), request.body);
      reply.status(201);
      return schedule;
    },
  );

  r.get(
    '/api/report-schedules',
    {
      config,
      schema: {
        tags,
        summary: 'Các lịch báo cáo đang hoạt động trong phạm vi',
        querystring: scheduleListQuerySchema,
        response: { 200: z.object({ items: z.array(reportScheduleSchema) }), 404: errorBodySchema },
      },
    },
    async (request) => listSchedules(reportContextOf(deps), callerOf(request), request.query),
  );

  r.delete(
    '/api/report-schedules/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Dừng một lịch báo cáo (các báo cáo đã lập vẫn được giữ)',
        params: idParams,
        response: { 200: reportScheduleSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return deactivateSchedule(reportContextOf(deps), caller, actorOf(caller, request.id), request.params.id);
    },
  );

  r.post(
    '/api/report-schedules/run',
    {
      config,
      schema: {
        tags,
        summary: 'Chạy ngay các lịch báo cáo đến hạn trong phạm vi (bình thường chạy 6 giờ sáng hằng ngày)',
        response: { 200: scheduleRunResultSchema },
      },
    },
    async (request) => runDueReportSchedules(deps, vietnamDate(deps.clock()), callerOf(request).scope),
  );
}
