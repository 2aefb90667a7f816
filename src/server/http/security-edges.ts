import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from './errors.ts';

/** Route patterns anyone can reach without a session, braked per address. */
const ANONYMOUS_PREFIXES: { prefix: string; perMinute: (config: Config) => number }[] = [
  { prefix: '/api/public/', perMinute: (config) => config.portalRatePerMinute },
  { prefix: '/api/ingest/', perMinute: (config) => config.ingestRatePerMinute },
];

/**
 * Security headers on every answer (a strict CSP the built app and the portal pass: no inline scripts or
 * styles, React sets styles through the CSSOM, which CSP allows; nobody may frame the app) and a per-address
 * request brake on the anonymous portal API and the machine ingest.
 */
export async function installSecurityEdges(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: config.isCookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  // Marks the braked routes before the rate-limit plugin reads their config (onRoute hooks run in order).
  app.addHook('onRoute', (route) => {
    const brake = ANONYMOUS_PREFIXES.find(({ prefix }) => route.url.startsWith(prefix));
    if (brake) {
      route.config ??= {};
      route.config.rateLimit = { max: brake.perMinute(config), timeWindow: 60_000 };
    }
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        'RATE_LIMITED',
        `Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${Math.max(1, Math.ceil(context.ttl / 1000))} giây.`,
      ),
  });
}
