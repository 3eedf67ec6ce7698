import 'server-only';
import { getDb } from '@/db';
import type { AppDatabase } from '@/db/connection';
import type { ReportCohort } from '@/db/queries/cohort-access';
import {
  reportAssignmentColumns,
  reportAssignmentStatuses,
  reportModules,
  reportModuleTallies,
  reportStandings,
  reportTraineeTotals,
  reportTrainees,
} from '@/db/queries/cohort-report';
import { indexStatuses, type AssignmentColumn, type AssignmentStatuses } from '@/lib/domain/assignments/dashboard';
import { cohortPace } from '@/lib/domain/at-risk';
import { buildTraineeRows, summariseTrainees, summedModules, type DashboardModule, type TraineeRow } from '@/lib/domain/cohort-dashboard';
import { completionByCountry, completionsByWeek, summariseCohort, type CohortSummary, type CountrySummary, type WeekPoint } from '@/lib/domain/cohort-summary';
import { countriesOf, tablePage, type TableQuery } from '@/lib/domain/cohort-table';

export interface CohortDashboardData {
  modules: DashboardModule[];
  summary: CohortSummary;
  /** The countries of the cohort's trainees, for the filter. */
  countries: string[];
  weeks: WeekPoint[];
  byCountry: CountrySummary[];
  /** The page of the trainee table the query asks for, each row with its cells. */
  page: { rows: TraineeRow[]; total: number; page: number; pages: number };
  /** The programme's assignments, and the latest status of the page's trainees for them. */
  assignments: AssignmentColumn[];
  assignmentStatuses: AssignmentStatuses;
}

/**
 * A cohort's dashboard for one table query. The figures come from each
 * trainee's stored sums over the programme (one row per trainee) and the
 * stored per-module and per-day tallies; only the asked page's trainees are
 * read standing by standing and built cell by cell. A cohort of 10,000 reads
 * 10,000 short rows, not every standing (`npm run bench:cohort`).
 */
export function loadCohortDashboard(db: AppDatabase, cohort: ReportCohort, query: TableQuery, now: Date): CohortDashboardData {
  // One read transaction: every query sees the same snapshot, so the page's rows are among the summed trainees.
  return db.transaction(() => readCohortDashboard(db, cohort, query, now), { behavior: 'deferred' });
}

function readCohortDashboard(db: AppDatabase, cohort: ReportCohort, query: TableQuery, now: Date): CohortDashboardData {
  const modules = reportModules(db, cohort.programmeId);
  const scope = { cohortId: cohort.id, programmeId: cohort.programmeId };
  const summed = summedModules(modules);
  const pace = cohortPace(cohort, now);
  const trainees = summariseTrainees({ modules, totals: reportTraineeTotals(db, cohort.id, summed.uncounted), pace });
  const page = tablePage(trainees, query);
  const { tallies, days } = reportModuleTallies(db, cohort.id, summed.all);
  const pageScope = { ...scope, userIds: page.rows.map((row) => row.id) };
  const built = new Map(
    buildTraineeRows({ modules, trainees: reportTrainees(db, pageScope), standings: reportStandings(db, pageScope), pace }).map((row) => [row.id, row]),
  );
  return {
    modules,
    summary: summariseCohort(trainees, modules, tallies),
    countries: countriesOf(trainees),
    weeks: completionsByWeek(days, cohort.startsOn, now),
    byCountry: completionByCountry(trainees, modules),
    page: { ...page, rows: page.rows.map((row) => built.get(row.id)!) },
    assignments: reportAssignmentColumns(db, cohort.programmeId),
    assignmentStatuses: indexStatuses(reportAssignmentStatuses(db, pageScope)),
  };
}

/** The dashboard of a cohort from the app's database (what the dashboard page shows). */
export function cohortDashboard(cohort: ReportCohort, query: TableQuery, now: Date): CohortDashboardData {
  return loadCohortDashboard(getDb(), cohort, query, now);
}

/** Every trainee's full row (cells included) of a cohort: what the programme overview folds across cohorts. */
export function loadCohortRows(db: AppDatabase, cohort: ReportCohort, now: Date): { modules: DashboardModule[]; rows: TraineeRow[] } {
  const modules = reportModules(db, cohort.programmeId);
  const scope = { cohortId: cohort.id, programmeId: cohort.programmeId };
  return { modules, rows: buildTraineeRows({ modules, trainees: reportTrainees(db, scope), standings: reportStandings(db, scope), pace: cohortPace(cohort, now) }) };
}
