import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../app.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { sendDigests, sendImmediateEmails } from './mailer.ts';
import { runUrging } from './urging.service.ts';
import { runDueReportSchedules } from '../reports/report-schedule.service.ts';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The daily urging pass and the immediate mails it produces. */
export async function runUrgingJob(deps: AppDeps) {
  const result = await runUrging(deps.database.db, vietnamDate(deps.clock()), deps.config);
  const emailed = deps.mailer ? await sendImmediateEmails(deps.database.db, deps.mailer) : 0;
  return { ...result, emailed };
}

/**
 * Scheduled jobs through pg-boss, on both engines: it runs its SQL through our own pool, so the
 * embedded engine needs no second connection. Cron times are Vietnam time.
 */
export async function startJobs(deps: AppDeps, log: FastifyBaseLogger): Promise<{ stop(): Promise<void> }> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => deps.database.pool.query(text, values) },
    schema: 'pgboss',
  } as ConstructorParameters<typeof PgBoss>[0]);
  boss.on('error', (error: Error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const queue of ['urging', 'email-digest', 'reports']) await boss.createQueue(queue);
  await boss.schedule('urging', '0 7 * * *', {}, { tz: TIME_ZONE });
  await boss.schedule('email-digest', '0 17 * * *', {}, { tz: TIME_ZONE });
  await boss.schedule('reports', '0 6 * * *', {}, { tz: TIME_ZONE });
  await boss.work('urging', async () => {
    log.info(await runUrgingJob(deps), 'urging run');
  });
  await boss.work('email-digest', async () => {
    if (deps.mailer) log.info({ digests: await sendDigests(deps.database.db, deps.mailer) }, 'digests sent');
  });
  await boss.work('reports', async () => {
    log.info(await runDueReportSchedules(deps, vietnamDate(deps.clock())), 'report schedules run');
  });
  if (!deps.mailer) log.warn('SMTP_URL is not set: notices stay in the app, no e-mail is sent');
  return { stop: () => boss.stop({ graceful: true, timeout: 5000 }) };
}
