'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { changePassword, updateProfile } from '@/db/queries/profile';
import { invalid, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { trustedClientAddress } from '@/lib/auth/client-address';
import { hashPassword } from '@/lib/auth/password';
import { checkSignIn } from '@/lib/auth/sign-in';
import { rememberLocale } from '@/lib/i18n/locale-cookie';
import { changePasswordSchema } from '@/lib/validation/auth';
import { profileSchema } from '@/lib/validation/profile';

/**
 * Saves the signed-in user's own profile; the user id comes from the session
 * only. The language also goes into the locale cookie so it stays after sign-out.
 */
export const saveProfileAction = formAction('profile:edit', profileSchema, async (input, { user }) => {
  updateProfile(user.id, input);
  await rememberLocale(input.preferredLanguage);
  revalidatePath('/', 'layout');
  return ok(null, 'saved');
});

/**
 * Changes the signed-in user's password. The current password is checked the
 * way a sign-in is (same throttle, same audit), so a borrowed session cannot
 * be used to guess it. The session version moves on: every session, this one
 * included, is signed out; the form signs this browser in again at once.
 */
export const changePasswordAction = formAction('profile:edit', changePasswordSchema, async (input, { user }) => {
  const client = trustedClientAddress((await headers()).get('x-forwarded-for'));
  const check = await checkSignIn({ email: user.email, password: input.current }, client);
  if (!check.ok) return invalid({ current: { key: check.refusal.startsWith('throttled') ? 'current-throttled' : 'current-wrong' } });
  changePassword(user.id, await hashPassword(input.password), new Date());
  return ok(null, 'changed');
});
