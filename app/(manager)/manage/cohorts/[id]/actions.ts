'use server';

import { revalidatePath } from 'next/cache';
import { reissueSetPasswordLink } from '@/lib/commands/account-links';
import { enrolTrainees } from '@/lib/commands/enrol-trainees';
import { addInstructor } from '@/db/queries/cohort-members';
import { failed, invalid, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireCohortApi } from '@/lib/auth/guards';
import type { RowProblem } from '@/lib/domain/enrolment-classify';
import { oneTimeLinks, type OneTimeLink } from '@/lib/one-time-links';
import { addInstructorSchema, addTraineeSchema, reissueLinkSchema } from '@/lib/validation/cohorts';

/** What a member action reports: whose account it concerns, and any one-time links to hand over. */
export interface MemberOutcome {
  name: string;
  links: OneTimeLink[];
}

/** Which field a row problem belongs to on the single-trainee form. */
const problemField: Record<RowProblem, string> = {
  'extra-values': 'form',
  'email-missing': 'email',
  'email-invalid': 'email',
  duplicate: 'email',
  'field-too-long': 'form',
  'language-invalid': 'language',
  'name-missing': 'name',
  deactivated: 'email',
  'not-a-trainee': 'email',
  'member-other-role': 'email',
};

/** Adds one trainee by email: an existing account joins, an unknown address gets a new account and a one-time link. */
export const addTraineeAction = formAction('cohorts:manage', addTraineeSchema, (input, { user, values }) => {
  const cohort = requireCohortApi('manage', user, input.cohortId);
  const { cohortId: _cohortId, ...row } = input;
  const result = enrolTrainees({ cohort, rows: [{ line: 1, ...row }], expectedFingerprint: null, actorId: user.id, now: new Date(), fileName: null });
  const outcome = result.rows[0];
  if (result.status !== 'enrolled' || !outcome) return invalid({ form: { key: 'invalid' } }, values);
  if (outcome.status === 'wrong') return invalid({ [problemField[outcome.problem]]: { key: `row.${outcome.problem}` } }, values);
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  const message = outcome.status === 'new' ? 'trainee-created' : outcome.alreadyMember ? 'trainee-unchanged' : 'trainee-added';
  return ok<MemberOutcome>({ name: outcome.name, links: oneTimeLinks(result.tokens) }, message);
});

/** Adds an instructor account to the cohort. */
export const addInstructorAction = formAction('cohorts:manage', addInstructorSchema, (input, { user, values }) => {
  const cohort = requireCohortApi('manage', user, input.cohortId);
  const result = addInstructor(cohort.id, input.userId, user.id);
  if (result !== 'added') return invalid({ userId: { key: result } }, values);
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  return ok<MemberOutcome>({ name: '', links: [] }, 'instructor-added');
});

/** A fresh one-time link for a trainee this cohort's enrolment created who has not set a password yet (the previous link stops working). */
export const reissueLinkAction = formAction(
  'cohorts:manage',
  reissueLinkSchema,
  (input, { user }) => {
    const cohort = requireCohortApi('manage', user, input.cohortId);
    const issued = reissueSetPasswordLink({ cohortId: cohort.id, userId: input.userId, actor: { id: user.id, role: user.role }, now: new Date() });
    if (!issued) return failed('link-not-needed');
    return ok<MemberOutcome>({ name: issued.name, links: oneTimeLinks([issued]) }, 'link-issued');
  },
  { invalidKey: 'invalid' },
);
