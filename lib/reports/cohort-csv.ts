import 'server-only';
import type { AppDatabase } from '@/db/connection';
import type { ReportCohort } from '@/db/queries/cohort-access';
import { reportAssignmentColumns, reportAssignmentStatuses, reportModules, reportStandings, reportTraineeBatch } from '@/db/queries/cohort-report';
import { assignmentStatusOf, indexStatuses, type AssignmentCellStatus, type AssignmentColumn, type AssignmentStatuses } from '@/lib/domain/assignments/dashboard';
import { cohortPace, type RiskReason, type TraineeStatus } from '@/lib/domain/at-risk';
import { buildTraineeRows, type CellState, type DashboardModule, type TraineeRow } from '@/lib/domain/cohort-dashboard';
import { CSV_BOM, csvRow } from '@/lib/domain/csv';

/** The words of the export, from the catalog (the route) or a test. */
export interface CsvLabels {
  columns: { name: string; email: string; country: string; status: string; reasons: string; completion: string; modulesComplete: string; lastActivity: string };
  moduleState: (title: string) => string;
  moduleScore: (title: string) => string;
  status: Record<TraineeStatus, string>;
  reason: Record<RiskReason, string>;
  cell: Record<CellState, string>;
  /** The column of one assignment, and the words of its statuses (absent: no assignment columns). */
  assignment?: { column: (moduleTitle: string, title: string) => string; status: Record<AssignmentCellStatus, string> };
}

export interface CsvOptions {
  country: string | null;
  status: TraineeStatus | null;
  now: Date;
  labels: CsvLabels;
  /** Trainees per batch: each batch is a few queries and one chunk of the stream. */
  batchSize?: number;
}

function header(modules: readonly DashboardModule[], labels: CsvLabels, assignments: readonly AssignmentColumn[]): string {
  const c = labels.columns;
  const fixed = [c.name, c.email, c.country, c.status, c.reasons, c.completion, c.modulesComplete, c.lastActivity];
  const assignmentColumns = labels.assignment ? assignments.map((a) => labels.assignment!.column(a.moduleTitle, a.title)) : [];
  return csvRow([...fixed, ...modules.flatMap((m) => [labels.moduleState(m.title), labels.moduleScore(m.title)]), ...assignmentColumns]);
}

function line(row: TraineeRow, labels: CsvLabels, assignments: readonly AssignmentColumn[], statuses: AssignmentStatuses): string {
  const assignmentCells = labels.assignment ? assignments.map((a) => labels.assignment!.status[assignmentStatusOf(statuses, row.id, a.moduleId, a.key)]) : [];
  return csvRow([
    row.name,
    row.email,
    row.country,
    labels.status[row.status],
    row.reasons.map((r) => labels.reason[r]).join('; '),
    Math.round(row.completed * 1000) / 10,
    row.modulesComplete,
    row.lastActivityAt?.toISOString() ?? '',
    ...row.cells.flatMap((cell) => [labels.cell[cell.state], cell.score]),
    ...assignmentCells,
  ]);
}

/**
 * The cohort's dashboard as CSV, streamed: trainees are read in name order
 * in keyset batches, each batch aggregated and written, so memory stays flat
 * however large the cohort. Status filtering happens per row; the country
 * filter in SQL. No connection is held between chunks.
 */
export function cohortCsvStream(db: AppDatabase, cohort: ReportCohort, options: CsvOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const modules = reportModules(db, cohort.programmeId);
  const assignments = reportAssignmentColumns(db, cohort.programmeId);
  const pace = cohortPace(cohort, options.now);
  const limit = options.batchSize ?? 500;
  let after: { name: string; id: number } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + header(modules, options.labels, assignments)));
        return;
      }
      const batch = reportTraineeBatch(db, { cohortId: cohort.id, after, country: options.country, limit });
      const last = batch[batch.length - 1];
      if (!last) {
        controller.close();
        return;
      }
      after = { name: last.name, id: last.id };
      const scope = { cohortId: cohort.id, programmeId: cohort.programmeId, userIds: batch.map((t) => t.id) };
      const rows = buildTraineeRows({ modules, trainees: batch, standings: reportStandings(db, scope), pace });
      const statuses = assignments.length > 0 ? indexStatuses(reportAssignmentStatuses(db, scope)) : new Map();
      let text = '';
      for (const row of rows) if (options.status === null || row.status === options.status) text += line(row, options.labels, assignments, statuses);
      controller.enqueue(encoder.encode(text));
    },
  });
}
