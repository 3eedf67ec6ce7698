/**
 * Assignment status in the cohort dashboard and its CSV export: one status
 * per trainee and assignment, the latest version's, or 'not-started'.
 */
import type { SubmissionStatus } from './submission';

export type AssignmentCellStatus = SubmissionStatus | 'not-started';

/** An assignment column of the dashboard: which module's, and its title. */
export interface AssignmentColumn {
  moduleId: number;
  key: string;
  title: string;
  moduleTitle: string;
}

/** The latest status of each (trainee, module, assignment) that has any version. */
export type AssignmentStatuses = ReadonlyMap<string, SubmissionStatus>;

const keyOf = (userId: number, moduleId: number, key: string) => `${userId}:${moduleId}:${key}`;

/** Statuses keyed for {@link assignmentStatusOf}, from rows of the data layer. */
export function indexStatuses(rows: Iterable<{ userId: number; moduleId: number; key: string; status: SubmissionStatus }>): Map<string, SubmissionStatus> {
  const map = new Map<string, SubmissionStatus>();
  for (const row of rows) map.set(keyOf(row.userId, row.moduleId, row.key), row.status);
  return map;
}

/** One trainee's status for one assignment. */
export function assignmentStatusOf(statuses: AssignmentStatuses, userId: number, moduleId: number, key: string): AssignmentCellStatus {
  return statuses.get(keyOf(userId, moduleId, key)) ?? 'not-started';
}
