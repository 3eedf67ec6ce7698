import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { AttemptLayout, QuizSnapshot } from '@/db/schema';
import { isExpired } from '@/lib/domain/attempt-rules';
import { gradeAttempt, type AttemptGrade, type QuizResponse } from '@/lib/domain/grading';
import { AppError } from '@/lib/errors';
import { getDb } from '../index';
import { attemptAnswers, quizAttempts, users } from '../schema';
import { refreshModuleStanding } from './module-standings';

export interface OwnAttempt {
  id: number;
  moduleId: number;
  versionId: number;
  attemptNo: number;
  status: 'open' | 'submitted' | 'expired';
  layout: AttemptLayout;
  startedAt: Date;
  deadlineAt: Date | null;
  percent: number | null;
  passed: boolean | null;
  score: number | null;
  maxScore: number | null;
}

/** An attempt of the signed-in user: 404 when there is none, 403 when it is someone else's. */
export function loadOwnAttempt(attemptId: number, userId: number): OwnAttempt {
  const row = getDb()
    .select({
      id: quizAttempts.id,
      userId: quizAttempts.userId,
      moduleId: quizAttempts.moduleId,
      versionId: quizAttempts.versionId,
      attemptNo: quizAttempts.attemptNo,
      status: quizAttempts.status,
      layout: quizAttempts.layout,
      startedAt: quizAttempts.startedAt,
      deadlineAt: quizAttempts.deadlineAt,
      percent: quizAttempts.percent,
      passed: quizAttempts.passed,
      score: quizAttempts.score,
      maxScore: quizAttempts.maxScore,
    })
    .from(quizAttempts)
    .where(eq(quizAttempts.id, attemptId))
    .get();
  if (!row) throw new AppError('not-found:attempt', 'No such attempt.');
  if (row.userId !== userId) throw new AppError('forbidden:attempt', 'This attempt belongs to someone else.');
  const { userId: _owner, ...attempt } = row;
  return attempt;
}

/** The responses saved so far, by question key. */
export function savedResponses(attemptId: number): Record<string, QuizResponse> {
  const rows = getDb()
    .select({ key: attemptAnswers.questionKey, response: attemptAnswers.response })
    .from(attemptAnswers)
    .where(eq(attemptAnswers.attemptId, attemptId))
    .all();
  return Object.fromEntries(rows.map((row) => [row.key, row.response as QuizResponse]));
}

/** Refuses writes to an attempt that is closed or past its deadline. */
export function assertWritable(attempt: OwnAttempt, now: Date): void {
  if (attempt.status !== 'open') throw new AppError('conflict:attempt-closed', 'This attempt has already been submitted.');
  if (isExpired(attempt.deadlineAt, now)) throw new AppError('gone:attempt-expired', 'The time for this attempt is over.');
}

/** Saves (or replaces) one answer of an open attempt. */
export function saveAnswer(attempt: OwnAttempt, questionKey: string, response: QuizResponse, now: Date): void {
  assertWritable(attempt, now);
  getDb()
    .insert(attemptAnswers)
    .values({ attemptId: attempt.id, questionKey, response, savedAt: now })
    .onConflictDoUpdate({ target: [attemptAnswers.attemptId, attemptAnswers.questionKey], set: { response, savedAt: now } })
    .run();
}

/**
 * Grades the saved answers and closes the attempt, as submitted or (past its
 * deadline) expired. Only an attempt still open is closed, so a double submit
 * grades once. The trainee's module standing is refreshed in the same transaction.
 */
export function finishAttempt(attempt: OwnAttempt, quiz: QuizSnapshot, userId: number, now: Date, status: 'submitted' | 'expired'): AttemptGrade {
  const db = getDb();
  return db.transaction((tx) => {
    const responses = savedResponses(attempt.id);
    const grade = gradeAttempt(quiz, responses);
    const closed = tx
      .update(quizAttempts)
      .set({ status, submittedAt: now, score: grade.score, maxScore: grade.maxScore, percent: grade.percent, passed: grade.passed })
      .where(and(eq(quizAttempts.id, attempt.id), eq(quizAttempts.status, 'open')))
      .run();
    if (closed.changes === 0) throw new AppError('conflict:attempt-closed', 'This attempt has already been submitted.');
    for (const [questionKey, result] of Object.entries(grade.questions)) {
      tx.update(attemptAnswers)
        .set({ score: result.score })
        .where(and(eq(attemptAnswers.attemptId, attempt.id), eq(attemptAnswers.questionKey, questionKey)))
        .run();
    }
    refreshModuleStanding(tx, userId, attempt.moduleId);
    tx.update(users).set({ lastActiveAt: now }).where(eq(users.id, userId)).run();
    return grade;
  });
}

/** Closes an open attempt whose time ran out, grading what was saved. Returns true when it did. */
export function closeIfExpired(attempt: OwnAttempt, quiz: QuizSnapshot, userId: number, now: Date): boolean {
  if (attempt.status !== 'open' || !isExpired(attempt.deadlineAt, now)) return false;
  finishAttempt(attempt, quiz, userId, now, 'expired');
  return true;
}
