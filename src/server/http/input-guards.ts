import type { FastifyInstance } from 'fastify';
import { errors } from './errors.ts';

const NUL_IN_URL = /%00/i;

/** True when a parsed JSON body holds a NUL character in any string (PostgreSQL text cannot store it). */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Buffer.isBuffer(value)) return false;
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || hasNul(inner));
  }
  return false;
}

/**
 * Refuses a NUL character anywhere in the path, the query or a JSON body with 400 before any route runs:
 * no text column can hold it, and a schema per field would miss one.
 */
export function installInputGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (NUL_IN_URL.test(request.url)) {
      throw errors.invalid([{ message: 'Địa chỉ yêu cầu chứa ký tự không hợp lệ (NUL).' }]);
    }
  });
  app.addHook('preValidation', async (request) => {
    if (hasNul(request.body)) throw errors.invalid([{ message: 'Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).' }]);
  });
}
