import 'server-only';
import { getDb } from '@/db';
import type { AppDatabase } from '@/db/connection';
import type { ReportCohort } from '@/db/queries/cohort-access';
import { reportAssignmentColumns, reportAssignmentStatuses, reportModules, reportStandings, reportTrainees } from '@/db/queries/cohort-report';
import { indexStatuses, type AssignmentColumn, type AssignmentStatuses } from '@/lib/domain/assignments/dashboard';
import { cohortPace } from '@/lib/domain/at-risk';
import { buildTraineeRows, type DashboardModule, type TraineeRow } from '@/lib/domain/cohort-dashboard';

export interface CohortDashboardData {
  modules: DashboardModule[];
  rows: TraineeRow[];
  /** The programme's assignments, and each trainee's latest status for them. */
  assignments: AssignmentColumn[];
  assignmentStatuses: AssignmentStatuses;
}

/** Every trainee's row of the cohort's dashboard: three set-based queries (one standing row per trainee and touched module), then the pure aggregation. */
export function loadCohortDashboard(db: AppDatabase, cohort: ReportCohort, now: Date): CohortDashboardData {
  const modules = reportModules(db, cohort.programmeId);
  const scope = { cohortId: cohort.id, programmeId: cohort.programmeId };
  const rows = buildTraineeRows({
    modules,
    trainees: reportTrainees(db, scope),
    standings: reportStandings(db, scope),
    pace: cohortPace(cohort, now),
  });
  return { modules, rows, assignments: reportAssignmentColumns(db, cohort.programmeId), assignmentStatuses: indexStatuses(reportAssignmentStatuses(db, scope)) };
}

/** The dashboard of a cohort from the app's database (what the dashboard page shows). */
export function cohortDashboard(cohort: ReportCohort, now: Date): CohortDashboardData {
  return loadCohortDashboard(getDb(), cohort, now);
}
