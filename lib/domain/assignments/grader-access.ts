/**
 * Who grades assignments and sets their due dates: an instructor or manager
 * member of the trainee's cohort; administrators everywhere. Module
 * ownership plays no part: the same content is taught in many cohorts, each
 * by its own instructors. The same rule scopes essay grading.
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
