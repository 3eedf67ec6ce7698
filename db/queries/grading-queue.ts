import 'server-only';
import { and, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { EssayAnswerRow, GradingStatus } from '@/lib/domain/grading-queue';
import type { QuestionSnapshot } from '@/lib/domain/quiz-snapshot';
import { getDb } from '../index';
import { attemptAnswers, moduleCollaborators, modules, quizAttempts, users } from '../schema';
import { getModuleVersion } from './published';

/** Which work a grader sees: every module's (an administrator) or the ones they own or co-own. */
export interface QueueScope {
  userId: number;
  all: boolean;
  moduleId?: number;
  status?: GradingStatus;
}

const essayText = sql<string>`trim(coalesce(json_extract(${attemptAnswers.response}, '$.text'), ''))`;

function essayRows(scope: QueueScope) {
  const db = getDb();
  const coOwned = db.select({ id: moduleCollaborators.moduleId }).from(moduleCollaborators).where(eq(moduleCollaborators.userId, scope.userId));
  return db
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
        scope.all ? undefined : or(eq(modules.ownerId, scope.userId), inArray(modules.id, coOwned)),
        scope.moduleId === undefined ? undefined : eq(modules.id, scope.moduleId),
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
    traineeName: row.traineeName,
    submittedAt: row.submittedAt,
    question,
    text: typeof response.text === 'string' ? response.text : '',
    grade: row.gradedAt ? { score: row.score ?? 0, feedback: row.feedback ?? '', gradedAt: row.gradedAt } : null,
  };
}
