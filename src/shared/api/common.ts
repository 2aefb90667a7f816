import { z } from 'zod';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(
        z.object({
          field: z.string().optional(),
          line: z.number().optional(),
          column: z.string().optional(),
          message: z.string(),
        }),
      ),
    }),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  // 2025-02-30 has the right shape but is no day: refuse it here, not as a database error later.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Ngày không tồn tại')
  // Outside these years a date is a typo, and the database refuses some of them (year 0).
  .refine((value) => value >= '1900-01-01' && value <= '2199-12-31', 'Ngày phải trong khoảng năm 1900 đến 2199');

/** The largest id a database `integer` holds: a bigger number can name no row, so it is bad input (400). */
const MAX_ID = 2_147_483_647;

/** The one schema of a record id in a path or query ("Mã nhiệm vụ không hợp lệ" when `what` is "Mã nhiệm vụ"). */
export const idSchema = (what = 'Mã') =>
  z.coerce
    .number({ error: `${what} không hợp lệ` })
    .int(`${what} không hợp lệ`)
    .positive(`${what} không hợp lệ`)
    .max(MAX_ID, `${what} không hợp lệ`);

export const idParamsSchema = (what?: string) => z.object({ id: idSchema(what) });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(MAX_ID).default(0),
});

export const okSchema = z.object({ ok: z.literal(true) });
