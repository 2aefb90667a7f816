import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../shared/api/common.ts';
import {
  createReportBodySchema,
  reportFormats,
  reportIdParamsSchema,
  reportListQuerySchema,
  reportListSchema,
  reportSchema,
} from '../../shared/api/reports.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { contentDisposition } from './report-files.ts';
import { registerReportScheduleRoutes } from './report-schedule.routes.ts';
import { createReport, getReport, listReports, reportContextOf, reportFile } from './report.service.ts';

const tags = ['reports'];
const errorResponses = { 400: errorBodySchema, 404: errorBodySchema };
const fileNames = { docx: 'DOCX (Word)', xlsx: 'XLSX (phụ lục số liệu)', pdf: 'PDF' } as const;

export function registerReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.post(
    '/api/reports',
    {
      config: { ability: 'reports:create', forbiddenWhat: 'lập báo cáo' },
      schema: {
        tags,
        summary: 'Lập báo cáo định kỳ (tuần, tháng, quý, 6 tháng, năm) hoặc đến một ngày cho một đơn vị',
        body: createReportBodySchema,
        response: { 201: reportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const report = await createReport(reportContextOf(deps), caller, actorOf(caller, request.id), request.body);
      reply.status(201);
      return report;
    },
  );

  r.get(
    '/api/reports',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Danh sách báo cáo đã lập trong phạm vi, mới nhất trước',
        querystring: reportListQuerySchema,
        response: { 200: reportListSchema, 404: errorBodySchema },
      },
    },
    async (request) => listReports(db, callerOf(request), request.query),
  );

  r.get(
    '/api/reports/:id',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Thông tin một báo cáo đã lập',
        params: reportIdParamsSchema,
        response: { 200: reportSchema, 404: errorBodySchema },
      },
    },
    async (request) => getReport(db, callerOf(request), request.params.id),
  );

  for (const format of reportFormats) {
    r.get(
      `/api/reports/:id/report.${format}`,
      {
        config: { ability: 'tasks:read' },
        schema: {
          tags,
          summary: `Tải báo cáo dạng ${fileNames[format]}, dựng lại từ số liệu đã lưu khi lập`,
          params: reportIdParamsSchema,
          response: { 200: z.any().describe(`Tệp ${format.toUpperCase()}`), 404: errorBodySchema },
        },
      },
      async (request, reply) => {
        const file = await reportFile(db, callerOf(request), request.params.id, format);
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('cache-control', 'private, no-store');
        return file.body;
      },
    );
  }

  registerReportScheduleRoutes(app, deps);
}
