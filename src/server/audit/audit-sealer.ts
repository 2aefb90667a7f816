import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { sealAuditChain } from './audit.service.ts';

/**
 * Seals the audit trail every `intervalMs` in the background. Each process runs one; the sealing lock
 * lets only one work at a time, so extra processes cost a lock attempt per interval.
 */
export function startAuditSealer(db: Db, log: FastifyBaseLogger, intervalMs = 1000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sealAuditChain(db)
      .catch((error: unknown) => log.error({ err: error }, 'audit sealing failed; retrying next interval'))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
