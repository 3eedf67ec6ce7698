/**
 * Who may read a cohort's reports (dashboard, exports, trainee records).
 * Administrators (cohorts:view-all) read every cohort. Anyone else needs
 * reports:view AND to be a 'manager' member of that very cohort; being a
 * trainee or an instructor in it is not enough, so trainees never see each
 * other's data.
 */
import { can } from './permissions';

export function canViewCohortReport(role: string, memberRole: string | null): boolean {
  if (can(role, 'cohorts:view-all')) return true;
  return can(role, 'reports:view') && memberRole === 'manager';
}
