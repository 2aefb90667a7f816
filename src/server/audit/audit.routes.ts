import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditListQuerySchema, auditListSchema, auditVerificationSchema } from '../../shared/api/audit.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { errors } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { startAuditSealer } from './audit-sealer.ts';
import { listAuditEvents, sealAuditChain, verifyAuditChain } from './audit.service.ts';

const tags = ['audit'];

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  let stopSealer = () => {};
  app.addHook('onReady', async () => {
    stopSealer = startAuditSealer(db, app.log);
  });
  app.addHook('onClose', async () => stopSealer());

  r.get(
    '/api/audit',
    {
      config: { ability: 'audit:read' },
      schema: {
        tags,
        summary: 'Nhật ký thay đổi trong phạm vi',
        querystring: auditListQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      // The newest rows may still wait for the background sealer; seal them now so each shows its hash.
      await sealAuditChain(db, { wait: true });
      const rows = await listAuditEvents(db, callerOf(request).scope, request.query);
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: new Date(row.at).toISOString(),
          actorName: row.actorName,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
          requestId: row.requestId,
          hash: row.hash,
        })),
      };
    },
  );

  r.get(
    '/api/audit/verify',
    {
      config: { ability: 'audit:read' },
      schema: { tags, summary: 'Kiểm tra toàn vẹn chuỗi băm của nhật ký', response: { 200: auditVerificationSchema } },
    },
    async (request) => {
      // The chain spans every unit, so only a caller at the top of the tree may check it whole.
      if (!callerOf(request).scope.isRoot) throw errors.forbidden('kiểm tra toàn bộ nhật ký');
      return verifyAuditChain(db);
    },
  );
}
