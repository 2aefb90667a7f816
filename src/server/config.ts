import path from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, validated once at start so a typo fails loudly instead of later. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải là chuỗi kết nối postgres://...')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  GIAMSAT_DEMO: z.enum(['0', '1']).default('1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['0', '1']).default('0'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  FILES_DIR: z.string().min(1).optional(),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(500).default(20),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'phải có dạng smtp://host:port')
    .optional(),
  MAIL_FROM: z.string().min(3).default('giamsat <no-reply@localhost>'),
  REMIND_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(3),
  ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  JOBS: z.enum(['0', '1']).default('1'),
  MONTH_CUT_DAY: z.coerce.number().int().min(1).max(28).default(15),
  NEAR_DEADLINE_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  FIGURE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(300),
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  PORTAL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  INGEST_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  ADMIN_USERNAME: z.string().min(3).optional(),
  ADMIN_PASSWORD: z.string().min(10, 'mật khẩu quản trị cần ít nhất 10 ký tự').optional(),
  ADMIN_UNIT: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  isDemo: boolean;
  logLevel: string;
  isCookieSecure: boolean;
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  nearDeadlineDays: number;
  /** Reporting months run from this day to the day before it next month (national rule: 15 → 14). */
  monthCutDay: number;
  filesDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  remindDaysBefore: number;
  escalateAfterDays: number;
  isJobsEnabled: boolean;
  maxUploadBytes: number;
  /** Computed figures kept per process (0: compute every time, e.g. to measure the computation). */
  figureCacheEntries: number;
  /** Where the audit sealer publishes checkpoints of the chain head, outside the database. */
  auditCheckpointDir: string;
  /** Requests a minute per address on the anonymous portal API and on /api/ingest/*. */
  portalRatePerMinute: number;
  ingestRatePerMinute: number;
  firstAdmin: { username: string; password: string; unitCode: string | undefined } | undefined;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if ((c.ADMIN_USERNAME === undefined) !== (c.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Cấu hình không hợp lệ: ADMIN_USERNAME và ADMIN_PASSWORD phải đặt cùng nhau.');
  }
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.DATA_DIR),
    isDemo: c.GIAMSAT_DEMO === '1',
    logLevel: c.LOG_LEVEL,
    isCookieSecure: c.COOKIE_SECURE === '1',
    sessionTtlHours: c.SESSION_TTL_HOURS,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMinutes: c.LOGIN_LOCK_MINUTES,
    nearDeadlineDays: c.NEAR_DEADLINE_DAYS,
    monthCutDay: c.MONTH_CUT_DAY,
    filesDir: path.resolve(c.FILES_DIR ?? path.join(c.DATA_DIR, 'files')),
    maxUploadBytes: c.MAX_UPLOAD_MB * 1024 * 1024,
    figureCacheEntries: c.FIGURE_CACHE_ENTRIES,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    remindDaysBefore: c.REMIND_DAYS_BEFORE,
    escalateAfterDays: c.ESCALATE_AFTER_DAYS,
    isJobsEnabled: c.JOBS === '1',
    auditCheckpointDir: path.resolve(c.AUDIT_CHECKPOINT_DIR ?? path.join(c.DATA_DIR, 'audit-checkpoints')),
    portalRatePerMinute: c.PORTAL_RATE_PER_MINUTE,
    ingestRatePerMinute: c.INGEST_RATE_PER_MINUTE,
    firstAdmin:
      c.ADMIN_USERNAME && c.ADMIN_PASSWORD
        ? { username: c.ADMIN_USERNAME, password: c.ADMIN_PASSWORD, unitCode: c.ADMIN_UNIT }
        : undefined,
  };
}
