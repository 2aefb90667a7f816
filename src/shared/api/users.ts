import { z } from 'zod';
import { roles } from '../domain.ts';
import { unitRefSchema } from './auth.ts';
import { passwordRule, passwordRuleFor } from './auth.ts';

export const userSchema = z
  .object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: z.enum(roles),
    unit: unitRefSchema,
    isActive: z.boolean(),
    isLocked: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  unit: z.string().trim().max(40).optional(),
  role: z.enum(roles).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const userListSchema = z.object({ items: z.array(userSchema), total: z.number() });

const usernameRule = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới');

export const createUserBodySchema = z.object({
  username: usernameRule,
  displayName: z.string({ error: 'Vui lòng nhập họ tên' }).trim().min(2, 'Vui lòng nhập họ tên').max(200),
  email: z.email('Email không hợp lệ').nullable().optional(),
  role: z.enum(roles, 'Vai trò không hợp lệ'),
  unitCode: z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị'),
  password: passwordRuleFor('Mật khẩu'),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.object({
  displayName: z.string().trim().min(2, 'Vui lòng nhập họ tên').max(200).optional(),
  email: z.email('Email không hợp lệ').nullable().optional(),
  role: z.enum(roles, 'Vai trò không hợp lệ').optional(),
  unitCode: z.string().trim().min(1).optional(),
  isActive: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.object({ newPassword: passwordRule });
