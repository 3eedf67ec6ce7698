import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { dueDateOf, findSubmission, listVersions } from '@/db/queries/assignment-submissions';
import { currentAssignment, editsModule, memberRoleIn } from '@/db/queries/published-assignments';
import type { SessionUser } from '@/db/queries/users';
import { canGradeWork } from '@/lib/domain/assignments/grader-access';

/**
 * What the grading page of one assignment version shows, or 'not-found' /
 * 'forbidden' (the same rule as the grade command). Reads only.
 */
export function assignmentGradingView(user: SessionUser, submissionId: number) {
  const db = getDb();
  const submission = findSubmission(db, submissionId);
  if (!submission || submission.status === 'draft') return 'not-found' as const;
  const inCohort = submission.cohortId !== null;
  const memberRole = submission.cohortId === null ? null : memberRoleIn(db, submission.cohortId, user.id);
  const owner = !inCohort && editsModule(db, submission.moduleId, user.id);
  if (!canGradeWork({ role: user.role, inCohort, memberRole, editsModule: owner })) return 'forbidden' as const;
  const assignment = currentAssignment(db, submission.moduleId, submission.assignmentKey);
  if (!assignment) return 'not-found' as const;
  const facts = db.get<{ traineeName: string; moduleTitle: string; timeZone: string | null }>(
    sql`SELECT u.name AS traineeName, m.title AS moduleTitle, c.time_zone AS timeZone
        FROM users u JOIN modules m ON m.id = ${submission.moduleId} LEFT JOIN cohorts c ON c.id = ${submission.cohortId}
        WHERE u.id = ${submission.userId}`,
  );
  const versions = listVersions({ userId: submission.userId, moduleId: submission.moduleId, assignmentKey: submission.assignmentKey });
  return {
    submission,
    assignment,
    traineeName: facts.traineeName,
    moduleTitle: facts.moduleTitle,
    timeZone: facts.timeZone ?? 'UTC',
    dueAt: dueDateOf(db, submission.cohortId, submission.moduleId, submission.assignmentKey),
    earlier: versions.filter((version) => version.versionNo < submission.versionNo && version.status !== 'draft'),
  };
}
