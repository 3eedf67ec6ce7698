/**
 * Who may create, edit and read the results of a cohort's surveys:
 * administrators everywhere; managers and instructors of that very cohort.
 * Trainees answer the surveys of the cohorts they belong to.
 */
import { can } from '../permissions';

/** True when someone of `role`, who is `memberRole` in the cohort (null: not a member), may run its surveys. */
export function canRunSurveys(role: string, memberRole: string | null): boolean {
  if (can(role, 'cohorts:view-all')) return true;
  return can(role, 'reports:view') && (memberRole === 'manager' || memberRole === 'instructor');
}

/** True when a cohort member may answer the cohort's surveys. */
export function canAnswerSurveys(memberRole: string | null): boolean {
  return memberRole === 'trainee';
}
