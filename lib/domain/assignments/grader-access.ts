/**
 * Who grades assignments and essays and sets due dates: an instructor or
 * manager member of the trainee's cohort; administrators everywhere. Module
 * ownership does not decide it, as the same content is taught in many
 * cohorts, each by its own instructors; only work by a trainee outside any
 * cohort (a self-enrolled learner) falls to the module's owners.
 */
import { can } from '../permissions';

/** Cohort roles that may grade and set due dates in their cohort. */
export const graderCohortRoles = ['instructor', 'manager'] as const;

/** True when someone of `role`, who is `memberRole` in the cohort (null: not a member, or no cohort), may grade there. */
export function canGradeInCohort(role: string, memberRole: string | null): boolean {
  if (can(role, 'cohorts:view-all')) return true;
  // Membership alone is not enough: a trainee account never grades, whatever the cohort row says.
  const staff = can(role, 'content:author') || can(role, 'cohorts:manage');
  return staff && (graderCohortRoles as readonly string[]).includes(memberRole ?? '');
}

/** The grading rule for one piece of work: in a cohort, {@link canGradeInCohort}; outside any cohort, an administrator or the module's owner or co-owner. */
export function canGradeWork(input: { role: string; inCohort: boolean; memberRole: string | null; editsModule: boolean }): boolean {
  if (input.inCohort) return canGradeInCohort(input.role, input.memberRole);
  return can(input.role, 'cohorts:view-all') || (can(input.role, 'content:author') && input.editsModule);
}

/**
 * Who may download a file of a submission version: its trainee always; a
 * grader (by {@link canGradeWork}, the rule of the grading page) only once
 * the version is handed in, since a draft is still the trainee's own.
 */
export function canReadSubmissionFile(input: { ownWork: boolean; draft: boolean; grader: Parameters<typeof canGradeWork>[0] }): boolean {
  if (input.ownWork) return true;
  return !input.draft && canGradeWork(input.grader);
}
