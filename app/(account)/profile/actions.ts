'use server';

import { revalidatePath } from 'next/cache';
import { updateProfile } from '@/db/queries/profile';
import { requirePermission } from '@/lib/auth/dal';
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
