/**
 * Who may reach a cohort, for each kind of access. One rule for pages,
 * actions and route handlers alike:
 * - manage (members, enrolment, events, attendance): cohorts:manage and a
 *   'manager' member of that very cohort;
 * - report (dashboard, exports, trainee records): reports:view and a
 *   'manager' member of it, so trainees never see each other's data;
 * - events (the cohort's calendar): any member, or whoever may manage it.
 * Administrators (cohorts:view-all) reach every cohort.
 */
import { can, type Action } from './permissions';

export const cohortAccessKinds = ['manage', 'report', 'events'] as const;
export type CohortAccess = (typeof cohortAccessKinds)[number];

const managerPermission: Record<Exclude<CohortAccess, 'events'>, Action> = { manage: 'cohorts:manage', report: 'reports:view' };

/** True when someone of `role`, who is `memberRole` in the cohort (null: not a member), has `kind` access to it. */
export function canAccessCohort(kind: CohortAccess, role: string, memberRole: string | null): boolean {
  if (kind === 'events') return memberRole !== null || canAccessCohort('manage', role, memberRole);
  if (can(role, 'cohorts:view-all')) return true;
  return can(role, managerPermission[kind]) && memberRole === 'manager';
}
