import { z } from 'zod';
import { taskStatuses } from '../task-status.ts';
import { isoDateSchema } from './common.ts';

export { pillarLabels, pillars, reportingCycles } from '../pillars.ts';
import { pillars, reportingCycles } from '../pillars.ts';

const unitBrief = z.object({ code: z.string(), fullName: z.string() });

export const taskSchema = z
  .object({
    id: z.number(),
    code: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    pillar: z.string(),
    plan: z.object({ code: z.string(), title: z.string() }),
    parentTaskId: z.number().nullable(),
    assigningUnit: unitBrief,
    leadUnit: unitBrief,
    coordinatingUnits: z.array(unitBrief),
    assignedOn: z.string(),
    originalDeadline: z.string().nullable(),
    deadline: z.string().nullable(),
    isRecurring: z.boolean(),
    reportingCycle: z.string().nullable(),
    isDailyReport: z.boolean(),
    requiredOutput: z.string(),
    progressPercent: z.number(),
    startedOn: z.string().nullable(),
    completedOn: z.string().nullable(),
    isLocked: z.boolean(),
    isSample: z.boolean(),
    status: z.enum(taskStatuses),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof taskSchema>;

export const taskEventSchema = z.object({
  id: z.number(),
  kind: z.string(),
  occurredOn: z.string(),
  occurredAt: z.string(),
  actorName: z.string().nullable(),
  unitCode: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});

export const taskAbilitiesSchema = z.object({
  canReport: z.boolean(),
  canProposeCompletion: z.boolean(),
  canReviewCompletion: z.boolean(),
  canRequestExtension: z.boolean(),
  canReviewExtension: z.boolean(),
  canReopen: z.boolean(),
  canSplit: z.boolean(),
});

export const taskDetailSchema = taskSchema
  .extend({
    timeline: z.array(taskEventSchema),
    subtasks: z.array(taskSchema),
    pendingCompletion: z.object({ eventId: z.number(), proposedOn: z.string() }).nullable(),
    pendingExtension: z.object({ eventId: z.number(), deadline: z.string(), reason: z.string() }).nullable(),
    /** Daily-report tasks: the recent days with no report from the lead unit (newest first). */
    missingReportDays: z.array(z.string()),
    abilities: taskAbilitiesSchema,
  })
  .meta({ id: 'TaskDetail' });
export type TaskDetail = z.infer<typeof taskDetailSchema>;

export const taskListQuerySchema = z.object({
  unit: z.string().trim().max(40).optional(),
  plan: z.string().trim().max(60).optional(),
  status: z.enum(taskStatuses).optional(),
  pillar: z.enum(pillars).optional(),
  q: z.string().trim().max(100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  /** The review queue: tasks with a completion proposal or an extension request awaiting a decision. */
  pending: z.enum(['completion', 'extension']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const taskListSchema = z.object({ items: z.array(taskSchema), total: z.number() });

export const assignTaskBodySchema = z.object({
  planCode: z.string({ error: 'Vui lòng chọn kế hoạch' }).trim().min(1, 'Vui lòng chọn kế hoạch'),
  parentTaskId: z.number().int().positive().optional(),
  code: z.string({ error: 'Vui lòng nhập mã nhiệm vụ' }).trim().min(1, 'Vui lòng nhập mã nhiệm vụ').max(60),
  title: z.string({ error: 'Vui lòng nhập tên nhiệm vụ' }).trim().min(5, 'Tên nhiệm vụ cần ít nhất 5 ký tự').max(1000),
  description: z.string().trim().max(10_000).nullable().optional(),
  pillar: z.enum(pillars, 'Trụ cột phải là KHCN, DMST hoặc CDS'),
  leadUnitCode: z.string({ error: 'Vui lòng chọn đơn vị chủ trì' }).trim().min(1, 'Vui lòng chọn đơn vị chủ trì'),
  coordinatingUnitCodes: z.array(z.string().trim().min(1)).max(50).default([]),
  deadline: isoDateSchema.nullable().optional(),
  reportingCycle: z.enum(reportingCycles, 'Chu kỳ báo cáo không hợp lệ').nullable().optional(),
  isDailyReport: z.boolean().default(false),
  requiredOutput: z
    .string({ error: 'Vui lòng nhập sản phẩm đầu ra' })
    .trim()
    .min(2, 'Vui lòng nhập sản phẩm đầu ra')
    .max(1000),
});
export type AssignTaskBody = z.infer<typeof assignTaskBodySchema>;

export const reportProgressBodySchema = z.object({
  text: z
    .string({ error: 'Vui lòng nhập nội dung báo cáo' })
    .trim()
    .min(5, 'Nội dung báo cáo cần ít nhất 5 ký tự')
    .max(10_000),
  percent: z
    .number({ error: 'Tiến độ phải là số từ 0 đến 100' })
    .int('Tiến độ phải là số nguyên')
    .min(0, 'Tiến độ phải từ 0 đến 100')
    .max(100, 'Tiến độ phải từ 0 đến 100'),
  difficulties: z.string().trim().max(10_000).nullable().optional(),
  recommendations: z.string().trim().max(10_000).nullable().optional(),
  /** Evidence uploaded first through POST /api/tasks/:id/evidence. */
  evidenceFileIds: z.array(z.number().int().positive()).max(20).optional(),
});

export const proposeCompletionBodySchema = z.object({
  summary: z
    .string({ error: 'Vui lòng mô tả kết quả' })
    .trim()
    .min(5, 'Vui lòng mô tả kết quả (ít nhất 5 ký tự)')
    .max(10_000),
  evidenceFileIds: z.array(z.number().int().positive()).max(20).optional(),
});
export const reasonBodySchema = z.object({
  reason: z.string({ error: 'Vui lòng nêu lý do' }).trim().min(5, 'Vui lòng nêu lý do (ít nhất 5 ký tự)').max(5000),
});
export const requestExtensionBodySchema = reasonBodySchema.extend({
  deadline: isoDateSchema,
});
