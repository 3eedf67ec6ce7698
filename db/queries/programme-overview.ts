import 'server-only';
import type { AppDatabase } from '../connection';
import type { ReportCohort } from './cohort-access';

export interface OverviewCohort extends ReportCohort {
  trainees: number;
  eventsHeld: number;
}

const visible = (all: boolean) => (all ? '1 = 1' : 'c.id IN (SELECT value FROM json_each(@ids))');

/** The cohorts in view (all, or those with the given ids), with trainee counts and events held by `now`. */
export function overviewCohorts(db: AppDatabase, input: { all: boolean; cohortIds: readonly number[]; now: Date }): OverviewCohort[] {
  return db.$client
    .prepare(
      `SELECT c.id, c.name, c.programme_id AS programmeId, p.title AS programmeTitle, c.starts_on AS startsOn, c.ends_on AS endsOn,
              c.target_on AS targetOn, c.time_zone AS timeZone,
              (SELECT count(*) FROM cohort_members cm WHERE cm.cohort_id = c.id AND cm.role = 'trainee') AS trainees,
              (SELECT count(*) FROM events e WHERE e.cohort_id = c.id AND e.ends_at <= @now) AS eventsHeld
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id
       WHERE ${visible(input.all)} ORDER BY p.title, c.starts_on, c.name`,
    )
    .all({ now: input.now.getTime(), ...(input.all ? {} : { ids: JSON.stringify(input.cohortIds) }) }) as OverviewCohort[];
}
