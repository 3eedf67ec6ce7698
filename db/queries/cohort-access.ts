import 'server-only';
import type { AppDatabase } from '../connection';

/** A cohort with its programme title, as the cohort guard loads it for its pages, actions and reports. */
export interface ReportCohort {
  id: number;
  name: string;
  programmeId: number;
  programmeTitle: string;
  startsOn: string;
  endsOn: string;
  targetOn: string;
  timeZone: string;
}

/** The cohort with its programme's title, or null when there is no such cohort. */
export function findReportCohort(db: AppDatabase, cohortId: number): ReportCohort | null {
  const row = db.$client
    .prepare(
      `SELECT c.id, c.name, c.programme_id AS programmeId, p.title AS programmeTitle, c.starts_on AS startsOn,
              c.ends_on AS endsOn, c.target_on AS targetOn, c.time_zone AS timeZone
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?`,
    )
    .get(cohortId) as ReportCohort | undefined;
  return row ?? null;
}

/** The user's role in the cohort ('trainee', 'instructor', 'manager'), or null when not a member. */
export function cohortMemberRole(db: AppDatabase, cohortId: number, userId: number): string | null {
  const row = db.$client.prepare('SELECT role FROM cohort_members WHERE cohort_id = ? AND user_id = ?').get(cohortId, userId) as
    | { role: string }
    | undefined;
  return row?.role ?? null;
}

/** Ids of the cohorts the user manages (as a 'manager' member). */
export function managedCohortIds(db: AppDatabase, userId: number): number[] {
  return (db.$client.prepare("SELECT cohort_id AS id FROM cohort_members WHERE user_id = ? AND role = 'manager'").all(userId) as { id: number }[]).map(
    (row) => row.id,
  );
}
