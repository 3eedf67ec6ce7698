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

/** A new password chosen by a user: long enough to matter, short enough for bcrypt. */
export const newPasswordSchema = z.string().min(12, 'password-too-short').max(72, 'password-too-long');
