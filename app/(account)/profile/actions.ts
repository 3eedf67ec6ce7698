'use server';

import { revalidatePath } from 'next/cache';
import { updateProfile } from '@/db/queries/profile';
import { ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { rememberLocale } from '@/lib/i18n/locale-cookie';
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
