import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'email-required' })
  .trim()
  .min(1, 'email-required')
  .max(254, 'email-too-long')
  .email('email-invalid')
  .transform((value) => value.toLowerCase());

export const passwordSchema = z.string({ error: 'password-required' }).min(1, 'password-required').max(200, 'password-too-long');

/** A sign-in form. Error messages are catalog keys under `signIn.errors`. */
export const signInSchema = z.object({ email: emailSchema, password: passwordSchema });
export type SignInInput = z.infer<typeof signInSchema>;

/** bcrypt reads at most 72 bytes of a password and ignores the rest. */
export const PASSWORD_MAX_BYTES = 72;

/** The UTF-8 length of `value` (an accented letter is 2 bytes, many scripts 3, an emoji 4). */
export function utf8Bytes(value: string): number {
  return new TextEncoder().encode(value).length;
}

/**
 * A new password chosen by a user: long enough to matter, short enough for
 * bcrypt. The limit is in bytes, not characters: 72 × "é" is 144 bytes, and
 * bcrypt would accept anything that starts with the first 36 of them.
 */
export const newPasswordSchema = z
  .string({ error: 'password-too-short' })
  .min(12, 'password-too-short')
  .max(PASSWORD_MAX_BYTES, 'password-too-long')
  .refine((value) => utf8Bytes(value) <= PASSWORD_MAX_BYTES, 'password-too-many-bytes');

/** The profile's "change password" form. Error messages are catalog keys under `profile.password.errors`. */
export const changePasswordSchema = z
  .object({
    current: z.string({ error: 'current-required' }).min(1, 'current-required').max(200, 'current-wrong'),
    password: newPasswordSchema,
    confirm: z.string({ error: 'password-mismatch' }),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'password-mismatch' })
  .refine((value) => value.password !== value.current, { path: ['password'], message: 'password-unchanged' });
