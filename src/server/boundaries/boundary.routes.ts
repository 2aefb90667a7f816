import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

export function registerBoundaryRoutes(app: FastifyInstance, deps: AppDeps): void {
  void app;
  void deps;
}
