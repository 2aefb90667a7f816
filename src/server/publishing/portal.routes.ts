import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../shared/api/common.ts';
import {
  catalogueSchema,
  datasetDetailSchema,
  datasetVersionParamsSchema,
  publicRankingSchema,
  publicUnitDetailSchema,
  publicUnitParamsSchema,
  publicUnitsSchema,
} from '../../shared/api/portal.ts';
import { datasetParamsSchema } from '../../shared/api/publishing.ts';
import type { AppDeps } from '../app.ts';
import { taskClockOf } from '../tasks/task-clock.ts';
import { datasetNamed, getCatalogue, getDatasetDetail, readDatasetFile } from './dataset-snapshot.service.ts';
import { getPublicRanking, getPublicUnit, listPublicUnits, type PortalContext } from './portal.service.ts';
import { loadPublicScope } from './public-scope.ts';

const tags = ['portal'];
const access = { access: 'public' as const };

/**
 * Live figures may be a minute old in a shared cache (so a withdrawal reaches every reader within a
 * minute); a numbered version keeps its bytes, so caches may hold it an hour (not forever: a version
 * resting on a withdrawn publication stops being served).
 */
const LIVE_CACHE = 'public, max-age=60';
const VERSION_CACHE = 'public, max-age=3600';

/**
 * The public portal's API: no login, GET only, every answer built from the public scope
 * (public-scope.ts) and the whitelists in portal.presenter.ts. Open to other sites (CORS `*`, no
 * credentials), as open data should be.
 */
export function registerPortalRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.register(async (portal) => {
    portal.addHook('onSend', async (_request, reply) => {
      reply.header('access-control-allow-origin', '*');
      if (reply.statusCode >= 400) reply.header('cache-control', 'no-cache');
      else if (!reply.hasHeader('cache-control')) reply.header('cache-control', LIVE_CACHE);
    });
    const r = portal.withTypeProvider<ZodTypeProvider>();
    const { db } = deps.database;
    const context = (): PortalContext => {
      const clock = taskClockOf(deps);
      return { db, asOf: clock.today, nearDeadlineDays: clock.nearDeadlineDays };
    };
    const notFound = { 404: errorBodySchema };

    r.get(
      '/api/public/units',
      {
        config: access,
        schema: {
          tags,
          security: [],
          summary: 'Các đơn vị đã công khai và các bộ số liệu công khai của từng đơn vị',
          response: { 200: publicUnitsSchema },
        },
      },
      async () => listPublicUnits(context(), await loadPublicScope(db)),
    );

    r.get(
      '/api/public/units/:code',
      {
        config: access,
        schema: {
          tags,
          security: [],
          summary: 'Số liệu công khai của một đơn vị: nhiệm vụ, chỉ tiêu (giá trị, mục tiêu, diễn biến)',
          params: publicUnitParamsSchema,
          response: { 200: publicUnitDetailSchema, ...notFound },
        },
      },
      async (request) => getPublicUnit(context(), await loadPublicScope(db), request.params.code),
    );

    r.get(
      '/api/public/ranking',
      {
        config: access,
        schema: {
          tags,
          security: [],
          summary: 'Bảng xếp hạng công khai: các đơn vị đã công khai xếp hạng, theo đơn vị cấp trên',
          response: { 200: publicRankingSchema },
        },
      },
      async () => {
        const ranking = await getPublicRanking(context(), await loadPublicScope(db));
        return {
          asOf: ranking.asOf,
          groups: ranking.groups.map((g) => ({ parent: g.parent, rankedCount: g.rankedCount, items: g.items })),
        };
      },
    );

    r.get(
      '/api/public/datasets',
      {
        config: access,
        schema: {
          tags,
          security: [],
          summary: 'Danh mục dữ liệu mở (kiểu DCAT): tiêu đề, mô tả, giấy phép, cơ quan công bố, thời gian, tệp tải về',
          response: { 200: catalogueSchema },
        },
      },
      async () => getCatalogue(db),
    );

    r.get(
      '/api/public/datasets/:dataset',
      {
        config: access,
        schema: {
          tags,
          security: [],
          summary: 'Một bộ dữ liệu mở và các phiên bản của nó',
          params: datasetParamsSchema,
          response: { 200: datasetDetailSchema, ...notFound },
        },
      },
      async (request) => getDatasetDetail(db, datasetNamed(request.params.dataset)),
    );

    for (const format of ['csv', 'json'] as const) {
      r.get(
        `/api/public/datasets/:dataset/v/:version.${format}`,
        {
          config: access,
          schema: {
            tags,
            security: [],
            summary: `Tải một phiên bản (số, hoặc "latest": bản mới nhất) dạng ${format.toUpperCase()}; cùng địa chỉ luôn cùng nội dung`,
            params: datasetVersionParamsSchema,
            response: { 200: z.string(), 304: z.null(), 404: errorBodySchema, 410: errorBodySchema },
          },
        },
        async (request, reply) => {
          const { dataset, version } = request.params;
          const file = await readDatasetFile(db, datasetNamed(dataset), version, format);
          sendFileHeaders(reply, file, format);
          if (request.headers['if-none-match'] === file.etag) return reply.status(304).send(null);
          return reply.send(file.body);
        },
      );
    }
  });
}

function sendFileHeaders(
  reply: FastifyReply,
  file: { version: number; etag: string; filename: string; isLatest: boolean },
  format: 'csv' | 'json',
) {
  reply
    .header('etag', file.etag)
    .header('cache-control', file.isLatest ? LIVE_CACHE : VERSION_CACHE)
    .header('x-content-type-options', 'nosniff');
  if (format === 'csv') {
    reply
      .type('text/csv; charset=utf-8; header=present')
      .header('content-disposition', `attachment; filename="${file.filename}"`);
  } else {
    reply.type('application/json; charset=utf-8');
  }
  // The alias names the numbered file it serves, so a client can keep the stable address.
  if (file.isLatest) reply.header('content-location', `./${file.version}.${format}`);
}
