import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AssignmentWorkRow } from '@/lib/domain/grading-queue';
import { getDb } from '../index';
import { assignmentSubmissions, cohorts, modules, publishedAssignments, users } from '../schema';
import type { QueueScope } from './grading-queue';
import { graderOf } from './grading-scope';

/**
 * Submitted assignment versions in a grader's scope (see QueueScope), each
 * with its assignment's title and maximum points from the module's current
 * published version. Drafts never reach the queue.
 */
export function listAssignmentWork(scope: QueueScope): AssignmentWorkRow[] {
  const rows = getDb()
    .select({
      submissionId: assignmentSubmissions.id,
      moduleId: modules.id,
      moduleTitle: modules.title,
      traineeName: users.name,
      title: publishedAssignments.title,
      rubric: publishedAssignments.rubric,
      submittedAt: assignmentSubmissions.submittedAt,
      status: assignmentSubmissions.status,
      points: assignmentSubmissions.points,
      maxPoints: assignmentSubmissions.maxPoints,
      late: assignmentSubmissions.late,
    })
    .from(assignmentSubmissions)
    .innerJoin(modules, eq(modules.id, assignmentSubmissions.moduleId))
    .innerJoin(publishedAssignments, and(eq(publishedAssignments.versionId, modules.publishedVersionId), eq(publishedAssignments.key, assignmentSubmissions.assignmentKey)))
    .innerJoin(users, eq(users.id, assignmentSubmissions.userId))
    .where(
      and(
        inArray(assignmentSubmissions.status, ['submitted', 'revision-requested', 'accepted']),
        scope.all ? undefined : assignmentScope(scope.userId),
        scope.moduleId === undefined ? undefined : eq(modules.id, scope.moduleId),
        scope.cohortId === undefined ? undefined : eq(assignmentSubmissions.cohortId, scope.cohortId),
        scope.status === undefined ? undefined : scope.status === 'awaiting' ? eq(assignmentSubmissions.status, 'submitted') : sql`${assignmentSubmissions.status} <> 'submitted'`,
      ),
    )
    .orderBy(desc(assignmentSubmissions.submittedAt))
    .all();
  return rows.map(({ rubric, ...row }) => ({
    ...row,
    status: row.status as AssignmentWorkRow['status'],
    maxPoints: row.maxPoints ?? rubric.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0),
  }));
}

/** A submission version is in scope through its own cohort (instructor or manager there), or, without one, through module ownership. */
function assignmentScope(userId: number) {
  return sql`(CASE WHEN ${assignmentSubmissions.cohortId} IS NULL
    THEN ${graderOf(userId, assignmentSubmissions.userId, modules.id)}
    ELSE EXISTS (SELECT 1 FROM cohort_members g WHERE g.cohort_id = ${assignmentSubmissions.cohortId} AND g.user_id = ${userId} AND g.role IN ('instructor', 'manager')) END)`;
}

/** The cohorts a grader may filter by: every cohort (an administrator) or those they teach or manage, by name. */
export function gradingCohorts(userId: number, all: boolean): { id: number; name: string }[] {
  const db = getDb();
  if (all) return db.select({ id: cohorts.id, name: cohorts.name }).from(cohorts).orderBy(cohorts.name).all();
  return db.all<{ id: number; name: string }>(
    sql`SELECT c.id, c.name FROM cohorts c JOIN cohort_members g ON g.cohort_id = c.id
        WHERE g.user_id = ${userId} AND g.role IN ('instructor', 'manager') ORDER BY c.name`,
  );
}

/** How many submitted assignment versions await the grader's grade. */
export function countAwaitingAssignments(scope: Omit<QueueScope, 'status'>): number {
  return listAssignmentWork({ ...scope, status: 'awaiting' }).length;
}
