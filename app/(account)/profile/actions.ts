'use server';

import { revalidatePath } from 'next/cache';
import { updateProfile } from '@/db/queries/profile';
import { ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { profileSchema } from '@/lib/validation/profile';

/** Saves the signed-in user's own profile; the user id comes from the session only. */
export const saveProfileAction = formAction('profile:edit', profileSchema, (input, { user }) => {
  updateProfile(user.id, input);
  revalidatePath('/', 'layout');
  return ok(null, 'saved');
});
