import { z } from 'zod';
import { roleCodes } from '../access/roles.ts';
import { divisionCode, pagingQuery, text } from '../shared/schemas.ts';

export const UserLimits = { usernameMax: 32, displayNameMax: 50, passwordMax: 128 } as const;

export const username = z
  .string()
  .trim()
  .min(3)
  .max(UserLimits.usernameMax)
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, '用户名须以字母开头，只含字母、数字、下划线、点和连字符');

const password = z.string().min(1).max(UserLimits.passwordMax);
const expiresAt = z.iso.datetime({ offset: true }).nullable();

export const createUserBody = z
  .object({
    username,
    displayName: text(UserLimits.displayNameMax),
    password,
    divisionCode: divisionCode.nullish(),
    departmentId: z.uuid().nullish(),
    enterpriseId: z.uuid().nullish(),
    agencyId: z.uuid().nullish(),
    expiresAt: expiresAt.optional(),
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .object({
    displayName: text(UserLimits.displayNameMax).optional(),
    divisionCode: divisionCode.nullable().optional(),
    departmentId: z.uuid().nullable().optional(),
    enterpriseId: z.uuid().nullable().optional(),
    agencyId: z.uuid().nullable().optional(),
    expiresAt: expiresAt.optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const userStatusBody = z.object({ status: z.enum(['active', 'disabled']) }).strict();
export const resetPasswordBody = z.object({ password }).strict();
export const grantRoleBody = z.object({ role: z.enum(roleCodes).nullable() }).strict();

export const listUsersQuery = pagingQuery
  .extend({
    q: z.string().trim().max(50).optional(),
    role: z.enum(roleCodes).optional(),
    status: z.enum(['active', 'disabled']).optional(),
    divisionCode: divisionCode.optional(),
  })
  .strict();
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const loginBody = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) })
  .strict();
export const totpCodeBody = z.object({ code: z.string().trim().min(6).max(20) }).strict();
export const changePasswordBody = z
  .object({ oldPassword: z.string().min(1).max(256), newPassword: password })
  .strict();
export const passwordConfirmBody = z.object({ password: z.string().min(1).max(256) }).strict();
