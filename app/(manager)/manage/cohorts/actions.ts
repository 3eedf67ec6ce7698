'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { createCohort } from '@/db/queries/cohorts';
import { listProgrammes } from '@/db/queries/programmes';
import { requirePermission } from '@/lib/auth/dal';
import { createCohortSchema, fieldErrorsOf } from '@/lib/validation/cohorts';
import { formFields } from '@/lib/validation/users';

export type CohortFormState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Record<string, string>; values: Record<string, string> };

const cohortFields = ['name', 'programmeId', 'startsOn', 'endsOn', 'targetOn', 'timeZone'] as const;

/** Creates a cohort with the signed-in manager as its manager, then opens it. */
export async function createCohortAction(_prev: CohortFormState, form: FormData): Promise<CohortFormState> {
  const user = await requirePermission('cohorts:manage');
  const values = formFields(form, cohortFields);
  const input = createCohortSchema.safeParse(values);
  if (!input.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues), values };
  if (!listProgrammes().some((programme) => programme.id === input.data.programmeId)) {
    return { status: 'invalid', fieldErrors: { programmeId: 'programme-required' }, values };
  }
  const id = createCohort(input.data, user.id);
  revalidatePath('/manage');
  redirect(`/manage/cohorts/${id}`);
}
