'use server';

import { revalidatePath } from 'next/cache';
import { enrolTrainees } from '@/lib/commands/enrol-trainees';
import { addInstructor } from '@/db/queries/cohort-members';
import { reissueSetPasswordToken } from '@/db/queries/set-password';
import { requireManagedCohort } from '@/lib/cohort-access';
import type { RowProblem } from '@/lib/domain/enrolment-classify';
import { oneTimeLinks, type OneTimeLink } from '@/lib/one-time-links';
import { addInstructorSchema, addTraineeSchema, fieldErrorsOf, reissueLinkSchema } from '@/lib/validation/cohorts';
import { formFields } from '@/lib/validation/users';

export type MemberActionState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Record<string, string>; values: Record<string, string> }
  | { status: 'done'; message: 'trainee-created' | 'trainee-added' | 'trainee-unchanged' | 'instructor-added' | 'link-issued'; name: string; links: OneTimeLink[] };

const traineeFields = ['cohortId', 'email', 'name', 'country', 'ministry', 'jobTitle'] as const;

/** Which field a row problem belongs to on the single-trainee form. */
const problemField: Record<RowProblem, string> = {
  'extra-values': 'form',
  'email-missing': 'email',
  'email-invalid': 'email',
  duplicate: 'email',
  'field-too-long': 'form',
  'name-missing': 'name',
  deactivated: 'email',
  'not-a-trainee': 'email',
  'member-other-role': 'email',
};

/** Adds one trainee by email: an existing account joins, an unknown address gets a new account and a one-time link. */
export async function addTraineeAction(_prev: MemberActionState, form: FormData): Promise<MemberActionState> {
  const values = formFields(form, traineeFields);
  const { user, cohort } = await requireManagedCohort(values.cohortId);
  const input = addTraineeSchema.safeParse(values);
  if (!input.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues), values };
  const { cohortId: _cohortId, ...row } = input.data;
  const result = enrolTrainees({ cohort, rows: [{ line: 1, ...row }], expectedFingerprint: null, actorId: user.id, now: new Date(), fileName: null });
  const outcome = result.rows[0];
  if (result.status !== 'enrolled' || !outcome) return { status: 'invalid', fieldErrors: { form: 'invalid' }, values };
  if (outcome.status === 'wrong') return { status: 'invalid', fieldErrors: { [problemField[outcome.problem]]: `row.${outcome.problem}` }, values };
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  const message = outcome.status === 'new' ? 'trainee-created' : outcome.alreadyMember ? 'trainee-unchanged' : 'trainee-added';
  return { status: 'done', message, name: outcome.name, links: await oneTimeLinks(result.tokens) };
}

/** Adds an instructor account to the cohort. */
export async function addInstructorAction(_prev: MemberActionState, form: FormData): Promise<MemberActionState> {
  const values = formFields(form, ['cohortId', 'userId']);
  const { user, cohort } = await requireManagedCohort(values.cohortId);
  const input = addInstructorSchema.safeParse(values);
  if (!input.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues), values };
  const result = addInstructor(cohort.id, input.data.userId, user.id);
  if (result !== 'added') return { status: 'invalid', fieldErrors: { userId: result }, values };
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  return { status: 'done', message: 'instructor-added', name: '', links: [] };
}

/** A fresh one-time link for a trainee who has not set a password yet (the previous link stops working). */
export async function reissueLinkAction(_prev: MemberActionState, form: FormData): Promise<MemberActionState> {
  const values = formFields(form, ['cohortId', 'userId']);
  const { user, cohort } = await requireManagedCohort(values.cohortId);
  const input = reissueLinkSchema.safeParse(values);
  if (!input.success) return { status: 'invalid', fieldErrors: { form: 'invalid' }, values };
  const issued = reissueSetPasswordToken(cohort.id, input.data.userId, user.id, new Date());
  if (!issued) return { status: 'invalid', fieldErrors: { form: 'link-not-needed' }, values };
  return { status: 'done', message: 'link-issued', name: issued.name, links: await oneTimeLinks([issued]) };
}
