import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routeNotFoundBody } from './error-handler.ts';

export const defaultWebRoot = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * Serves the built web app on the same port as the API. Unknown non-API paths get index.html so
 * client-side routes survive a reload; unknown /api paths keep their JSON 404.
 */
export async function installWebApp(app: FastifyInstance, webRoot = defaultWebRoot): Promise<void> {
  const isBuilt = fs.existsSync(`${webRoot}/index.html`);
  if (isBuilt) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: 'index.html' });
  else app.log.warn({ webRoot }, 'web app not built: run `npm run build` (serving the API only)');
  app.setNotFoundHandler((request, reply) => {
    if (!isBuilt || request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(routeNotFoundBody(request.id));
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
