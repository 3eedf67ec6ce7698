'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { changePassword, updateProfile } from '@/db/queries/profile';
import { trustedClientAddress } from '@/lib/auth/client-address';
import { requirePermission } from '@/lib/auth/dal';
import { hashPassword } from '@/lib/auth/password';
import { checkSignIn } from '@/lib/auth/sign-in';
import { changePasswordSchema } from '@/lib/validation/auth';
import { fieldErrorsOf } from '@/lib/validation/cohorts';
import { formFields } from '@/lib/validation/users';
import { profileSchema } from '@/lib/validation/profile';

export type ProfileState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: 'saved' };

const fields = ['name', 'country', 'ministry', 'jobTitle', 'preferredLanguage'] as const;

/** Saves the signed-in user's own profile; the user id comes from the session only. */
export async function saveProfileAction(_prev: ProfileState, form: FormData): Promise<ProfileState> {
  const user = await requirePermission('profile:edit');
  const values = formFields(form, fields);
  const input = profileSchema.safeParse(values);
  if (!input.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of input.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { status: 'invalid', fieldErrors, values };
  }
  updateProfile(user.id, input.data);
  revalidatePath('/', 'layout');
  return { status: 'saved' };
}

export type ChangePasswordState = { status: 'idle' } | { status: 'invalid'; fieldErrors: Record<string, string> } | { status: 'changed' };

/**
 * Changes the signed-in user's password. The current password is checked the
 * way a sign-in is (same throttle, same audit), so a borrowed session cannot
 * be used to guess it. The session version moves on: every session, this one
 * included, is signed out; the form signs this browser in again at once.
 */
export async function changePasswordAction(_prev: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const user = await requirePermission('profile:edit');
  const input = changePasswordSchema.safeParse({ current: form.get('current'), password: form.get('password'), confirm: form.get('confirm') });
  if (!input.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues) };
  const client = trustedClientAddress((await headers()).get('x-forwarded-for'));
  const check = await checkSignIn({ email: user.email, password: input.data.current }, client);
  if (!check.ok) {
    const code = check.refusal.startsWith('throttled') ? 'current-throttled' : 'current-wrong';
    return { status: 'invalid', fieldErrors: { current: code } };
  }
  changePassword(user.id, await hashPassword(input.data.password), new Date());
  return { status: 'changed' };
}
