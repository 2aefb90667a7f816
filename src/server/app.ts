import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { LoginLimiter } from './accounts/login-limiter.ts';
import { registerAuthRoutes } from './accounts/auth.routes.ts';
import { registerUserRoutes } from './accounts/user.routes.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerUnitRoutes } from './units/unit.routes.ts';
import { registerTaskRoutes } from './tasks/task.routes.ts';
import { registerStatsRoutes } from './tasks/stats.routes.ts';
import { registerPlanRoutes } from './plans/plan.routes.ts';
import { registerDashboardRoutes } from './dashboard/dashboard.routes.ts';
import { registerIndicatorRoutes } from './indicators/indicator.routes.ts';
import { registerIndicatorValueRoutes } from './indicators/indicator-values.routes.ts';
import { registerValueImportRoutes } from './indicators/value-import.routes.ts';
import { registerIndicatorExplanationRoutes } from './indicators/indicator-explanation.routes.ts';
import { registerTaskXlsxRoutes } from './tasks/task-xlsx.routes.ts';
import { registerEvidenceRoutes } from './evidence/evidence.routes.ts';
import { localFileStore, type FileStore } from './evidence/file-store.ts';
import { smtpMailer, type Mailer } from './urging/mailer.ts';
import { registerUrgingRoutes } from './urging/urging.routes.ts';
import { registerBoundaryRoutes } from './boundaries/boundary.routes.ts';
import { registerReportRoutes } from './reports/report.routes.ts';
import { registerPublishingRoutes } from './publishing/publishing.routes.ts';
import { registerPortalRoutes } from './publishing/portal.routes.ts';
import { configureFigureCache } from './figures/figure-cache.ts';
import { installAuthHooks, markRoutesPublic } from './http/auth-hooks.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { installInputGuards } from './http/input-guards.ts';
import { installSecurityEdges } from './http/security-edges.ts';
import { installWebApp } from './http/web-app.ts';

// Zod's own Vietnamese messages for the generic cases; our schemas override the important ones.
z.config(z.locales.vi());

declare module 'fastify' {
  interface FastifyInstance {
    routeList: string[];
    /** Each route's access declaration as it stands once every plugin has marked its own routes. */
    routeAccess(): { route: string; access: string | undefined }[];
  }
}

export type AppDeps = {
  config: Config;
  database: Database;
  loginLimiter: LoginLimiter;
  version: string;
  /** The one source of "now": tests pin it to check deadlines without waiting for them. */
  clock: () => Date;
  fileStore: FileStore;
  /** Absent when SMTP_URL is not set: notices then stay in the app. */
  mailer: Mailer | undefined;
};

export function createDeps(config: Config, database: Database, version = '0.1.0', clock = () => new Date()): AppDeps {
  configureFigureCache(config.figureCacheEntries);
  return {
    clock,
    fileStore: localFileStore(config.filesDir),
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined,
    config,
    database,
    loginLimiter: new LoginLimiter(config.loginMaxFailures * 4, config.loginLockMinutes * 60_000),
    version,
  };
}

const healthSchema = z.object({
  status: z.literal('ok'),
  engine: z.enum(['postgresql', 'pglite']),
  version: z.string(),
  isDemo: z.boolean(),
});

export async function buildApp(
  deps: AppDeps,
  options: { logger?: boolean; webRoot?: string } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: deps.config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    // One answer however a path is written: `/API/users/`, `//api/users` and `/%61pi/users` are `/api/users`.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
  });
  // Kept so a test can check that the OpenAPI document lists every route.
  const routeList: string[] = [];
  const routeOptions: RouteOptions[] = [];
  app.decorate('routeList', routeList);
  app.decorate('routeAccess', () =>
    routeOptions.flatMap((route) =>
      [route.method].flat().map((method) => ({
        route: `${method} ${route.url}`,
        access: route.config?.access ?? (route.config?.ability ? `ability:${route.config.ability}` : undefined),
      })),
    ),
  );
  app.addHook('onRoute', (route) => {
    routeOptions.push(route);
    for (const method of [route.method].flat()) routeList.push(`${method} ${route.url}`);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandler(app);
  await installSecurityEdges(app, deps.config);
  installInputGuards(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'giamsat API',
        description: 'Giám sát, đánh giá việc thực hiện Nghị quyết 57-NQ/TW',
        version: deps.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'giamsat_session' },
          machineToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(async (docs) => {
    markRoutesPublic(docs);
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });
  installAuthHooks(app, deps.database.db);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Tình trạng máy chủ', security: [], response: { 200: healthSchema } },
    },
    async () => {
      await deps.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, engine: deps.database.engine, version: deps.version, isDemo: deps.config.isDemo };
    },
  );
  r.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerAuthRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerIndicatorRoutes(app, deps);
  registerValueImportRoutes(app, deps);
  registerIndicatorValueRoutes(app, deps);
  registerIndicatorExplanationRoutes(app, deps);
  registerTaskXlsxRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerUrgingRoutes(app, deps);
  registerBoundaryRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerPublishingRoutes(app, deps);
  registerPortalRoutes(app, deps);
  await installWebApp(app, options.webRoot);
  return app;
}
