import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const indicatorStatsQuerySchema = z.object({
  unit: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị').max(40),
  plan: z.string({ error: 'Vui lòng chọn kế hoạch' }).trim().min(1, 'Vui lòng chọn kế hoạch').max(60),
  asOf: isoDateSchema.optional(),
});

export const indicatorProgressSchema = z.object({
  id: z.number(),
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
  forecast: z.object({ valueAtTarget: z.number(), reachesOn: z.string().nullable() }).nullable(),
  isSample: z.boolean(),
});

export const indicatorStatsSchema = z
  .object({
    unit: z.object({ code: z.string(), fullName: z.string() }),
    plan: z.object({ code: z.string(), title: z.string() }),
    asOf: z.string(),
    total: z.number(),
    byPillar: z.record(z.string(), z.number()),
    withTarget: z.record(z.string(), z.number()),
    improvedSinceBaseline: z.number(),
    byStatus: z.record(z.string(), z.number()),
    items: z.array(indicatorProgressSchema),
  })
  .meta({ id: 'IndicatorStats' });
export type IndicatorStats = z.infer<typeof indicatorStatsSchema>;

export const recordValueBodySchema = z.object({
  unitCode: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị'),
  periodEnd: isoDateSchema,
  value: z.number({ error: 'Giá trị phải là một số' }).finite('Giá trị phải là một số'),
  comment: z.string().trim().max(5000).nullable().optional(),
  explanation: z.string().trim().max(5000).nullable().optional(),
});
export type RecordValueBody = z.infer<typeof recordValueBodySchema>;

export const indicatorValueSchema = z
  .object({
    id: z.number(),
    indicatorCode: z.string(),
    unitCode: z.string(),
    periodEnd: z.string(),
    value: z.number(),
    version: z.number(),
    status: z.enum(['submitted', 'approved', 'returned']),
    source: z.string(),
    comment: z.string().nullable(),
    submittedOn: z.string(),
    reviewedOn: z.string().nullable(),
    reviewReason: z.string().nullable(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorSchema = z
  .object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    pillar: z.string(),
    tier: z.string(),
    unitOfMeasure: z.string(),
    direction: z.string(),
    kind: z.string(),
    period: z.string(),
    minValue: z.number().nullable(),
    maxValue: z.number().nullable(),
    formula: z.string().nullable(),
    isSample: z.boolean(),
  })
  .meta({ id: 'Indicator' });

export const ingestBodySchema = z.object({
  plan: z.string({ error: 'Thiếu kế hoạch' }).trim().min(1, 'Thiếu kế hoạch'),
  indicator: z.string({ error: 'Thiếu mã chỉ tiêu' }).trim().min(1, 'Thiếu mã chỉ tiêu'),
  unitCode: z.string().trim().min(1).optional(),
  periodEnd: isoDateSchema,
  value: z.number({ error: 'Giá trị phải là một số' }).finite('Giá trị phải là một số'),
  requestKey: z
    .string({ error: 'Thiếu khóa yêu cầu (requestKey) để gửi lại an toàn' })
    .trim()
    .min(8, 'Khóa yêu cầu cần ít nhất 8 ký tự')
    .max(200),
  comment: z.string().trim().max(5000).nullable().optional(),
  explanation: z.string().trim().max(5000).nullable().optional(),
});

export const machineTokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  unitCode: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createIndicatorBodySchema = z.object({
  planCode: z.string({ error: 'Vui lòng chọn kế hoạch' }).trim().min(1, 'Vui lòng chọn kế hoạch'),
  code: z
    .string({ error: 'Vui lòng nhập mã chỉ tiêu' })
    .trim()
    .regex(
      /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/,
      'Mã chỉ tiêu gồm chữ không dấu, số, dấu chấm, gạch dưới (ví dụ CDS.15)',
    ),
  name: z.string({ error: 'Vui lòng nhập tên chỉ tiêu' }).trim().min(5, 'Tên chỉ tiêu cần ít nhất 5 ký tự').max(500),
  pillar: z.enum(['KHCN', 'DMST', 'CDS'], 'Trụ cột phải là KHCN, DMST hoặc CDS'),
  tier: z.enum(['strategic', 'operational'], 'Cấp chỉ tiêu phải là chiến lược hoặc tác nghiệp'),
  unitOfMeasure: z.string({ error: 'Vui lòng nhập đơn vị tính' }).trim().min(1, 'Vui lòng nhập đơn vị tính').max(50),
  direction: z.enum(['higher', 'lower'], 'Chiều tốt phải là tăng hoặc giảm'),
  kind: z.enum(['point', 'cumulative', 'period'], 'Loại số liệu không hợp lệ'),
  period: z.enum(['daily', 'monthly', 'quarterly', 'six-month', 'annual'], 'Kỳ báo cáo không hợp lệ'),
  rollup: z
    .enum(['sum', 'average', 'weighted_average', 'min', 'max', 'none'], 'Cách tổng hợp không hợp lệ')
    .default('none'),
  responsibleUnitCode: z.string().trim().min(1).nullable().optional(),
  minValue: z.number().nullable().optional(),
  maxValue: z.number().nullable().optional(),
  formula: z.string().trim().max(1000).nullable().optional(),
});
export type CreateIndicatorBody = z.infer<typeof createIndicatorBodySchema>;
