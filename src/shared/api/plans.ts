import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const planSchema = z
  .object({
    id: z.number(),
    code: z.string(),
    title: z.string(),
    kind: z.string(),
    unit: z.object({ code: z.string(), fullName: z.string() }),
    parentCode: z.string().nullable(),
    documentNumber: z.string(),
    documentDate: z.string(),
    issuer: z.string(),
    pillars: z.array(z.string()),
    isSample: z.boolean(),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof planSchema>;

export const createPlanBodySchema = z.object({
  code: z.string({ error: 'Vui lòng nhập số hiệu kế hoạch' }).trim().min(2, 'Vui lòng nhập số hiệu kế hoạch').max(60),
  title: z.string({ error: 'Vui lòng nhập tên kế hoạch' }).trim().min(5, 'Tên kế hoạch cần ít nhất 5 ký tự').max(1000),
  kind: z.enum(['Nghị quyết', 'Chương trình', 'Kế hoạch', 'Đề án'], 'Loại văn bản không hợp lệ'),
  unitCode: z.string({ error: 'Vui lòng chọn đơn vị ban hành' }).trim().min(1, 'Vui lòng chọn đơn vị ban hành'),
  parentCode: z.string().trim().min(1).nullable().optional(),
  documentNumber: z.string({ error: 'Vui lòng nhập số văn bản' }).trim().min(1, 'Vui lòng nhập số văn bản').max(60),
  documentDate: isoDateSchema,
  issuer: z
    .string({ error: 'Vui lòng nhập cơ quan ban hành' })
    .trim()
    .min(2, 'Vui lòng nhập cơ quan ban hành')
    .max(300),
  pillars: z
    .array(z.string().trim().min(1).max(20))
    .min(1, 'Cần ít nhất một trụ cột')
    .max(10)
    .default(['KHCN', 'DMST', 'CDS']),
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;
