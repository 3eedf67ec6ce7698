'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createCohort } from '@/db/queries/cohorts';
import { listProgrammes } from '@/db/queries/programmes';
import { invalid } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { createCohortSchema } from '@/lib/validation/cohorts';

/** Creates a cohort with the signed-in manager as its manager, then opens it. */
export const createCohortAction = formAction('cohorts:manage', createCohortSchema, (input, { user, values }) => {
  if (!listProgrammes().some((programme) => programme.id === input.programmeId)) {
    return invalid({ programmeId: { key: 'programme-required' } }, values);
  }
  const id = createCohort(input, user.id);
  revalidatePath('/manage');
  redirect(`/manage/cohorts/${id}`);
});
