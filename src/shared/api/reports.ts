import { z } from 'zod';
import { isoDateSchema, idSchema } from './common.ts';
import { taskCountsSchema } from './stats.ts';

/** Periodic reports (báo cáo định kỳ): one period, or everything up to a date ('as_of'). */
export const reportPeriodKinds = ['weekly', 'monthly', 'quarterly', 'half_year', 'annual', 'as_of'] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];
/** A schedule reports on periods that have ended, so 'as_of' makes no sense there. */
export const schedulePeriodKinds = ['weekly', 'monthly', 'quarterly', 'half_year', 'annual'] as const;
export type SchedulePeriodKind = (typeof schedulePeriodKinds)[number];
export const reportFormats = ['docx', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const unitCodeField = z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị').max(40);
const planCodeField = z.string().trim().min(1, 'Số hiệu kế hoạch không hợp lệ').max(60).optional();

export const createReportBodySchema = z.object({
  unitCode: unitCodeField,
  periodKind: z.enum(
    reportPeriodKinds,
    'Vui lòng chọn kỳ báo cáo: tuần, tháng, quý, 6 tháng, năm hoặc đến một ngày (weekly, monthly, quarterly, half_year, annual, as_of)',
  ),
  /** Figures as known on this day; today when left out. */
  asOf: isoDateSchema.optional(),
  /** The plan whose indicators are reported; when left out, the plan the dashboard uses for the unit. */
  planCode: planCodeField,
});
export type CreateReportBody = z.infer<typeof createReportBodySchema>;

export const reportListQuerySchema = z.object({
  unit: z.string().trim().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
});

export const reportIdParamsSchema = z.object({
  id: idSchema('Mã báo cáo'),
});

const unitRef = z.object({ code: z.string(), fullName: z.string() });
const planRef = z.object({ code: z.string(), title: z.string() });

export const reportSchema = z
  .object({
    id: z.number(),
    unit: unitRef,
    plan: planRef.nullable(),
    periodKind: z.enum(reportPeriodKinds),
    periodLabel: z.string(),
    periodStart: z.string().nullable(),
    asOf: z.string(),
    documentNumber: z.string(),
    title: z.string(),
    issuedOn: z.string(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    scheduleId: z.number().nullable(),
    summary: z.object({
      total: z.number(),
      completed: z.number(),
      inProgress: z.number(),
      overdue: z.number(),
      completionRate: z.number().nullable(),
    }),
    files: z.object({ docx: z.string(), xlsx: z.string(), pdf: z.string() }),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof reportSchema>;

export const reportListSchema = z.object({ items: z.array(reportSchema), total: z.number() });

// ---- Schedules -------------------------------------------------------------------------------

const recipientField = z
  .string({ error: 'Vui lòng nhập địa chỉ e-mail người nhận' })
  .trim()
  .toLowerCase()
  .max(254, 'Địa chỉ e-mail quá dài')
  .pipe(z.email({ error: (issue) => `"${String(issue.input)}" không phải là địa chỉ e-mail hợp lệ` }));

export const createScheduleBodySchema = z.object({
  unitCode: unitCodeField,
  periodKind: z.enum(
    schedulePeriodKinds,
    'Vui lòng chọn kỳ báo cáo: tuần, tháng, quý, 6 tháng hoặc năm (weekly, monthly, quarterly, half_year, annual)',
  ),
  /** Day of the month the report is generated and sent (1–28, so every month has it); not used for weekly reports. */
  dayOfMonth: z
    .number({ error: 'Ngày gửi phải là số từ 1 đến 28' })
    .int('Ngày gửi phải là số nguyên từ 1 đến 28')
    .min(1, 'Ngày gửi phải từ 1 đến 28')
    .max(28, 'Ngày gửi phải từ 1 đến 28 (tháng nào cũng có)')
    .optional(),
  recipients: z
    .array(recipientField, { error: 'Vui lòng nhập danh sách người nhận' })
    .min(1, 'Cần ít nhất một người nhận')
    .max(20, 'Tối đa 20 người nhận cho một lịch báo cáo'),
  planCode: planCodeField,
});
export type CreateScheduleBody = z.infer<typeof createScheduleBodySchema>;

export const scheduleListQuerySchema = z.object({ unit: z.string().trim().min(1).max(40).optional() });

export const reportScheduleSchema = z
  .object({
    id: z.number(),
    unit: unitRef,
    plan: planRef.nullable(),
    periodKind: z.enum(schedulePeriodKinds),
    dayOfMonth: z.number().nullable(),
    recipients: z.array(z.string()),
    isActive: z.boolean(),
    lastRunOn: z.string().nullable(),
    /** The next day a report is due (today when one is due and not yet sent); null once deactivated. */
    nextRunOn: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'ReportSchedule' });
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

export const scheduleRunResultSchema = z.object({
  generated: z.number(),
  emailed: z.number(),
  /** Schedules whose report could not be generated or mailed. */
  failed: z.number(),
  reports: z.array(z.object({ id: z.number(), scheduleId: z.number(), documentNumber: z.string() })),
});
export type ScheduleRunResult = z.infer<typeof scheduleRunResultSchema>;

// ---- Snapshot: everything a stored report is rendered from ----------------------------------

const issueSchema = z.object({
  text: z.string(),
  /** Units that raised it, by full name. */
  units: z.array(z.string()),
  taskCodes: z.array(z.string()),
});
export type ReportIssue = z.infer<typeof issueSchema>;

const snapshotIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  pillar: z.string(),
  tier: z.string(),
  unitOfMeasure: z.string(),
  direction: z.enum(['higher', 'lower']),
  value: z.number().nullable(),
  valueOn: z.string().nullable(),
  baseline: z.number().nullable(),
  changeSinceBaseline: z.number().nullable(),
  target: z.number().nullable(),
  targetYear: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  status: z.enum(['green', 'orange', 'red', 'grey']),
  isSample: z.boolean(),
});
export type ReportIndicator = z.infer<typeof snapshotIndicatorSchema>;

export const reportSnapshotSchema = z.object({
  version: z.literal(1),
  issuer: z.object({
    unitCode: z.string(),
    /** Sentence case, for the body: "Ủy ban nhân dân tỉnh Thanh Hóa". */
    name: z.string(),
    /** Governing body line (cơ quan chủ quản), upper case, or null. */
    parentLine: z.string().nullable(),
    /** Issuing body lines (cơ quan ban hành), upper case. */
    bodyLines: z.array(z.string()),
    abbreviation: z.string(),
    /** Place name of the date line (địa danh). */
    place: z.string(),
    signerAuthority: z.string().nullable(),
    signerTitle: z.string(),
    signerName: z.string().nullable(),
  }),
  documentNumber: z.string(),
  issuedOn: z.string(),
  title: z.string(),
  /** The summary line under "BÁO CÁO" (trích yếu). */
  subject: z.string(),
  period: z.object({
    kind: z.enum(reportPeriodKinds),
    label: z.string(),
    /** As the body says it: "tháng 8/2025", "đến ngày 25/7/2025". */
    phrase: z.string(),
    start: z.string().nullable(),
    end: z.string(),
  }),
  asOf: z.string(),
  plan: z.object({ code: z.string(), title: z.string(), kind: z.string() }).nullable(),
  tasks: taskCountsSchema,
  /** Figures at the end of the previous period, for "compared with" sentences; null for 'as_of'. */
  tasksBefore: z.object({ on: z.string(), counts: taskCountsSchema }).nullable(),
  tasksByPillar: z.array(taskCountsSchema.extend({ pillar: z.string() })),
  /** Sub-units ranked by score, as the dashboard ranks them. */
  tasksByUnit: z.array(
    z.object({
      unit: unitRef,
      total: z.number(),
      overdue: z.number(),
      completionRate: z.number().nullable(),
      score: z.number().nullable(),
      grade: z.string().nullable(),
      rank: z.number().nullable(),
    }),
  ),
  overdueTasks: z.array(
    z.object({ code: z.string(), title: z.string(), unit: z.string().nullable(), dueOn: z.string().nullable() }),
  ),
  indicators: z
    .object({
      total: z.number(),
      byPillar: z.record(z.string(), z.number()),
      withTarget: z.record(z.string(), z.number()),
      improvedSinceBaseline: z.number(),
      byStatus: z.record(z.string(), z.number()),
      items: z.array(snapshotIndicatorSchema),
    })
    .nullable(),
  difficulties: z.array(issueSchema),
  recommendations: z.array(issueSchema),
  /** Recipients of the document (Nơi nhận), as written. */
  recipients: z.array(z.string()),
});
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;
