import 'server-only';
import { findSubmission, latestVersion, saveGrade } from '@/db/queries/assignment-submissions';
import { currentAssignment, editsModule, memberRoleIn } from '@/db/queries/published-assignments';
import { canGradeWork } from '@/lib/domain/assignments/grader-access';
import { decideGrade, type GradeDecision } from '@/lib/domain/assignments/grading';
import type { ChosenLevels } from '@/lib/domain/assignments/rubric';
import { AppError } from '@/lib/errors';
import { afterGradeChange } from './follow-ups';
import { inTransaction } from './transaction';

/** What a grade did. */
export interface AssignmentGradeResult {
  status: 'accepted' | 'revision-requested';
  points: number;
  maxPoints: number;
  percent: number;
}

/**
 * Command: grades a submitted version with the rubric: the points are
 * computed from the chosen levels, the version is accepted or returned for a
 * revision, with feedback, the grader and the time. Only an instructor or
 * manager member of the trainee's cohort (or an administrator; outside any
 * cohort, the module's owners) grades (403,
 * nothing saved); only the latest version, while it awaits its grade (409).
 * The trainee's standing and certificates follow in the same transaction.
 */
export function gradeAssignment(input: {
  submissionId: number;
  grader: { id: number; role: string };
  levels: ChosenLevels;
  decision: GradeDecision;
  feedback: string;
  now: Date;
}): AssignmentGradeResult {
  return inTransaction((tx) => {
    const submission = findSubmission(tx, input.submissionId);
    if (!submission) throw new AppError('not-found:submission', 'No such submission.');
    const inCohort = submission.cohortId !== null;
    const memberRole = submission.cohortId === null ? null : memberRoleIn(tx, submission.cohortId, input.grader.id);
    const owner = !inCohort && editsModule(tx, submission.moduleId, input.grader.id);
    if (!canGradeWork({ role: input.grader.role, inCohort, memberRole, editsModule: owner })) throw new AppError('forbidden:grade', 'Only an instructor of this cohort may grade this work.');
    const target = { userId: submission.userId, moduleId: submission.moduleId, assignmentKey: submission.assignmentKey };
    if (latestVersion(tx, target)?.id !== submission.id) throw new AppError('conflict:not-latest', 'A newer version of this work exists.');
    const assignment = currentAssignment(tx, submission.moduleId, submission.assignmentKey);
    if (!assignment) throw new AppError('not-found:assignment', 'This assignment is no longer in the module.');
    const feedback = input.feedback.trim();
    const outcome = decideGrade({ status: submission.status, rubric: assignment.rubric, passMark: assignment.passMark, levels: input.levels, decision: input.decision, feedback });
    if (!outcome.ok) {
      const kind = outcome.problem === 'not-submitted' ? 'conflict' : 'invalid';
      throw new AppError(`${kind}:${outcome.problem}`, `This grade cannot be saved (${outcome.problem}).`);
    }
    saveGrade(tx, submission.id, { status: outcome.status, levels: input.levels, points: outcome.points, maxPoints: outcome.maxPoints, percent: outcome.percent, feedback, graderId: input.grader.id, now: input.now });
    afterGradeChange(tx, { userId: submission.userId, moduleId: submission.moduleId, now: input.now });
    return { status: outcome.status, points: outcome.points, maxPoints: outcome.maxPoints, percent: outcome.percent };
  });
}
