import { z } from 'zod';

export const notificationSchema = z
  .object({
    id: z.number(),
    taskId: z.number().nullable(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    dueOn: z.string().nullable(),
    createdAt: z.string(),
    isRead: z.boolean(),
  })
  .meta({ id: 'Notification' });

export const urgingResultSchema = z.object({ notices: z.number(), tasks: z.number(), emailed: z.number() });

export const explanationRequestBodySchema = z.object({
  question: z
    .string({ error: 'Vui lòng nêu nội dung cần giải trình' })
    .trim()
    .min(5, 'Vui lòng nêu nội dung cần giải trình (ít nhất 5 ký tự)')
    .max(5000),
});
export const explanationAnswerBodySchema = z.object({
  answer: z
    .string({ error: 'Vui lòng nhập nội dung giải trình' })
    .trim()
    .min(5, 'Vui lòng nhập nội dung giải trình (ít nhất 5 ký tự)')
    .max(10_000),
});
