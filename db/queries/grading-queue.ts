import 'server-only';
import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { EssayAnswerRow, GradingStatus } from '@/lib/domain/grading-queue';
import type { QuestionSnapshot } from '@/lib/domain/quiz-snapshot';
import { getDb } from '../index';
import { attemptAnswers, modules, quizAttempts, users } from '../schema';
import { graderOf } from './grading-scope';
import { getModuleVersion } from './published';

/**
 * Which work a grader sees: everything (an administrator), or the work of
 * trainees in the cohorts they teach or manage (and, for a trainee outside
 * any cohort, the modules they own); optionally one module, cohort or status.
 */
export interface QueueScope {
  userId: number;
  all: boolean;
  moduleId?: number;
  cohortId?: number;
  status?: GradingStatus;
}

/** The trainee is a trainee member of the cohort, and the module is in its programme. */
export function inCohort(cohortId: number, trainee: typeof quizAttempts.userId, moduleId: typeof modules.id) {
  return sql`EXISTS (SELECT 1 FROM cohort_members t JOIN cohorts c ON c.id = t.cohort_id
    JOIN programme_modules pm ON pm.programme_id = c.programme_id AND pm.module_id = ${moduleId}
    WHERE t.cohort_id = ${cohortId} AND t.user_id = ${trainee} AND t.role = 'trainee')`;
}

const essayText = sql<string>`trim(coalesce(json_extract(${attemptAnswers.response}, '$.text'), ''))`;

function essayRows(scope: QueueScope) {
  return getDb()
    .select({
      attemptId: attemptAnswers.attemptId,
      questionKey: attemptAnswers.questionKey,
      score: attemptAnswers.score,
      gradedAt: attemptAnswers.gradedAt,
      versionId: quizAttempts.versionId,
      submittedAt: quizAttempts.submittedAt,
      moduleId: modules.id,
      moduleTitle: modules.title,
      traineeName: users.name,
    })
    .from(attemptAnswers)
    .innerJoin(quizAttempts, eq(quizAttempts.id, attemptAnswers.attemptId))
    .innerJoin(modules, eq(modules.id, quizAttempts.moduleId))
    .innerJoin(users, eq(users.id, quizAttempts.userId))
    .where(
      and(
        sql`json_extract(${attemptAnswers.response}, '$.type') = 'essay'`,
        ne(quizAttempts.status, 'open'),
        sql`${essayText} <> ''`,
        scope.all ? undefined : graderOf(scope.userId, quizAttempts.userId, modules.id),
        scope.moduleId === undefined ? undefined : eq(modules.id, scope.moduleId),
        scope.cohortId === undefined ? undefined : inCohort(scope.cohortId, quizAttempts.userId, modules.id),
        scope.status === undefined ? undefined : scope.status === 'awaiting' ? isNull(attemptAnswers.gradedAt) : isNotNull(attemptAnswers.gradedAt),
      ),
    )
    .all();
}

/** The answered essays in the grader's scope, each with its question (null when the version has none by that key). */
export function listEssayAnswers(scope: QueueScope): EssayAnswerRow[] {
  return essayRows(scope).map((row) => ({
    attemptId: row.attemptId,
    questionKey: row.questionKey,
    question: questionOf(row.versionId, row.questionKey),
    moduleId: row.moduleId,
    moduleTitle: row.moduleTitle,
    traineeName: row.traineeName,
    submittedAt: row.submittedAt,
    graded: row.gradedAt !== null,
    score: row.score,
  }));
}

function questionOf(versionId: number, key: string): QuestionSnapshot | null {
  return getModuleVersion(versionId)?.quiz?.questions.find((q) => q.key === key) ?? null;
}

/** One submitted essay answer with its question and grade, or null (the page checks the question is graded by hand). */
export function getEssayForGrading(attemptId: number, questionKey: string) {
  const row = getDb()
    .select({
      attemptId: attemptAnswers.attemptId,
      response: attemptAnswers.response,
      score: attemptAnswers.score,
      feedback: attemptAnswers.feedback,
      gradedAt: attemptAnswers.gradedAt,
      versionId: quizAttempts.versionId,
      status: quizAttempts.status,
      submittedAt: quizAttempts.submittedAt,
      moduleId: quizAttempts.moduleId,
      traineeId: quizAttempts.userId,
      traineeName: users.name,
    })
    .from(attemptAnswers)
    .innerJoin(quizAttempts, eq(quizAttempts.id, attemptAnswers.attemptId))
    .innerJoin(users, eq(users.id, quizAttempts.userId))
    .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.questionKey, questionKey)))
    .get();
  if (!row || row.status === 'open') return null;
  const question = questionOf(row.versionId, questionKey);
  if (!question) return null;
  const response = row.response as { text?: unknown };
  return {
    attemptId: row.attemptId,
    questionKey,
    moduleId: row.moduleId,
    traineeId: row.traineeId,
    traineeName: row.traineeName,
    submittedAt: row.submittedAt,
    question,
    text: typeof response.text === 'string' ? response.text : '',
    grade: row.gradedAt ? { score: row.score ?? 0, feedback: row.feedback ?? '', gradedAt: row.gradedAt } : null,
  };
}
