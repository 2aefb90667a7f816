import { z } from 'zod';
import { roles, unitLevels } from '../domain.ts';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const abilitySchema = z.enum([
  'units:read',
  'units:import',
  'users:read',
  'users:manage',
  'audit:read',
  'tasks:read',
  'tasks:assign',
  'tasks:report',
  'tasks:review',
  'tasks:reopen',
  'indicators:report',
  'indicators:review',
  'reports:create',
  'publishing:manage',
]);
export type Ability = z.infer<typeof abilitySchema>;

export const unitRefSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(unitLevels),
});
export type UnitRef = z.infer<typeof unitRefSchema>;

export const meSchema = z
  .object({
    user: z.object({
      id: z.number(),
      username: z.string(),
      displayName: z.string(),
      email: z.string().nullable(),
      role: z.enum(roles),
      unit: unitRefSchema,
      emailMode: z.enum(['immediate', 'digest', 'off']),
    }),
    abilities: z.array(abilitySchema),
    csrfToken: z.string(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** The browser's first question: who is signed in here, if anyone (200 either way, so no console error). */
export const sessionSchema = z.object({ me: meSchema.nullable() });

/** The password policy, worded for the form it appears on ("Mật khẩu" on create, "Mật khẩu mới" on change). */
export const passwordRuleFor = (label: 'Mật khẩu' | 'Mật khẩu mới') =>
  z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}` })
    .min(10, `${label} cần ít nhất 10 ký tự`)
    .max(200)
    .refine((value) => /[0-9]/.test(value) && /[^0-9]/.test(value), `${label} cần có cả chữ và số`);
export const passwordRule = passwordRuleFor('Mật khẩu mới');

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại'),
  newPassword: passwordRule,
});

export const preferencesBodySchema = z.object({
  emailMode: z.enum(['immediate', 'digest', 'off'], 'Chọn: gửi ngay, tổng hợp hằng ngày, hoặc không gửi e-mail'),
});
