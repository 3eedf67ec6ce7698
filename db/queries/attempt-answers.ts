import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { AttemptLayout } from '@/db/schema';
import type { QuizResponse } from '@/lib/domain/grading';
import { AppError } from '@/lib/errors';
import { getDb } from '../index';
import { attemptAnswers, quizAttempts } from '../schema';
import type { SyncDatabase } from './module-draft';
import type { AttemptStatus } from '@/lib/domain/quiz-snapshot';

export interface OwnAttempt {
  id: number;
  moduleId: number;
  versionId: number;
  attemptNo: number;
  status: AttemptStatus;
  layout: AttemptLayout;
  startedAt: Date;
  deadlineAt: Date | null;
  percent: number | null;
  passed: boolean | null;
  score: number | null;
  maxScore: number | null;
}

const attemptColumns = {
  id: quizAttempts.id,
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
};

/** An attempt of the signed-in user: 404 when there is none, 403 when it is someone else's. */
export function loadOwnAttempt(attemptId: number, userId: number, db: SyncDatabase = getDb()): OwnAttempt {
  const row = db
    .select({ ...attemptColumns, userId: quizAttempts.userId })
    .from(quizAttempts)
    .where(eq(quizAttempts.id, attemptId))
    .get();
  if (!row) throw new AppError('not-found:attempt', 'No such attempt.');
  if (row.userId !== userId) throw new AppError('forbidden:attempt', 'This attempt belongs to someone else.');
  const { userId: _owner, ...attempt } = row;
  return attempt;
}

/** The user's attempts still open in a module (at most one in practice). */
export function openAttempts(tx: SyncDatabase, userId: number, moduleId: number): OwnAttempt[] {
  return tx
    .select(attemptColumns)
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.moduleId, moduleId), eq(quizAttempts.status, 'open')))
    .all();
}

/** The responses saved so far, by question key. Pass `db` to read inside a transaction. */
export function savedResponses(attemptId: number, db: SyncDatabase = getDb()): Record<string, QuizResponse> {
  const rows = db
    .select({ key: attemptAnswers.questionKey, response: attemptAnswers.response })
    .from(attemptAnswers)
    .where(eq(attemptAnswers.attemptId, attemptId))
    .all();
  return Object.fromEntries(rows.map((row) => [row.key, row.response as QuizResponse]));
}

/** One stored answer with its revision, or null when the question has none yet. */
export function storedAnswer(tx: SyncDatabase, attemptId: number, questionKey: string): { revision: number; response: QuizResponse } | null {
  const row = tx
    .select({ revision: attemptAnswers.revision, response: attemptAnswers.response })
    .from(attemptAnswers)
    .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.questionKey, questionKey)))
    .get();
  return row ? { revision: row.revision, response: row.response as QuizResponse } : null;
}

/** Saves (or replaces) one answer of an attempt with its revision; the caller has checked the revision is newer. */
export function upsertAnswer(tx: SyncDatabase, attemptId: number, questionKey: string, response: QuizResponse, now: Date, revision = 0): void {
  tx.insert(attemptAnswers)
    .values({ attemptId, questionKey, response, revision, savedAt: now })
    .onConflictDoUpdate({ target: [attemptAnswers.attemptId, attemptAnswers.questionKey], set: { response, revision, savedAt: now } })
    .run();
}

/** A graded attempt as it is stored: totals, and each question's score. */
export interface StoredGrade {
  score: number;
  maxScore: number;
  /** Null while the attempt awaits a manual grade. */
  percent: number | null;
  passed: boolean | null;
  questionScores: Record<string, number>;
}

/**
 * Closes an attempt that is still open with its grade. Returns false (and
 * writes nothing) when it was already closed, so a double submit grades once.
 */
export function closeAttemptWithGrade(
  tx: SyncDatabase,
  attemptId: number,
  status: 'submitted' | 'expired' | 'awaiting-grading',
  now: Date,
  grade: StoredGrade,
): boolean {
  const closed = tx
    .update(quizAttempts)
    .set({ status, submittedAt: now, score: grade.score, maxScore: grade.maxScore, percent: grade.percent, passed: grade.passed })
    .where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.status, 'open')))
    .run();
  if (closed.changes === 0) return false;
  for (const [questionKey, score] of Object.entries(grade.questionScores)) {
    tx.update(attemptAnswers)
      .set({ score })
      .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.questionKey, questionKey)))
      .run();
  }
  return true;
}
