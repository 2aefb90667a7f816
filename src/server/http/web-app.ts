import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markRoutesPublic } from './auth-hooks.ts';
import { routeNotFoundBody } from './error-handler.ts';
import { isApiPath } from './paths.ts';

export const defaultWebRoot = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * Serves the built web app on the same port as the API. Unknown non-API paths get index.html so
 * client-side routes survive a reload; unknown /api paths keep their JSON 404.
 */
export async function installWebApp(app: FastifyInstance, webRoot = defaultWebRoot): Promise<void> {
  // Its own context, so its routes are marked public and reply.sendFile serves the not-found page.
  await app.register(async (web) => serveWebApp(web, webRoot));
}

async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  markRoutesPublic(app);
  const isBuilt = fs.existsSync(`${webRoot}/index.html`);
  if (isBuilt) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: 'index.html',
      // .br/.gz written by scripts/compress-web.ts at build time.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        // Hashed file names never change content: cache for a year. index.html must be checked every time.
        const isHashed = filePath.includes(`${path.sep}assets${path.sep}`);
        response.header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else app.log.warn({ webRoot }, 'web app not built: run `npm run build` (serving the API only)');
  app.setNotFoundHandler((request, reply) => {
    if (!isBuilt || isApiPath(request.url) || request.method !== 'GET') {
      return reply.status(404).send(routeNotFoundBody(request.id));
    }
    return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
  });
}
