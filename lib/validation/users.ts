import { z } from 'zod';
import { roles } from '@/lib/domain/permissions';
import { emailSchema, newPasswordSchema } from './auth';

const shortText = z.string().trim().max(120, 'field-too-long');

/** An admin creating an account. Messages are catalog keys under `admin.errors`. */
export const createUserSchema = z.object({
  name: z.string().trim().min(1, 'name-required').max(120, 'name-too-long'),
  email: emailSchema,
  role: z.enum(roles, { error: 'role-invalid' }),
  country: shortText,
  ministry: shortText,
  jobTitle: shortText,
  password: newPasswordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setRoleSchema = z.object({
  userId: z.coerce.number().int().positive(),
  role: z.enum(roles, { error: 'role-invalid' }),
});

export const setActiveSchema = z.object({
  userId: z.coerce.number().int().positive(),
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
