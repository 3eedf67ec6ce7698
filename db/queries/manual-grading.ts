import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '../index';
import { attemptAnswers, quizAttempts } from '../schema';
import type { SyncDatabase } from './module-draft';
import type { AttemptStatus } from '@/lib/domain/quiz-snapshot';

/** An attempt as the grading command needs it. */
export interface GradableAttempt {
  id: number;
  userId: number;
  moduleId: number;
  versionId: number;
  status: AttemptStatus;
}

/** One attempt by id, or null. */
export function loadGradableAttempt(tx: SyncDatabase, attemptId: number): GradableAttempt | null {
  return (
    tx
      .select({ id: quizAttempts.id, userId: quizAttempts.userId, moduleId: quizAttempts.moduleId, versionId: quizAttempts.versionId, status: quizAttempts.status })
      .from(quizAttempts)
      .where(eq(quizAttempts.id, attemptId))
      .get() ?? null
  );
}

/** The points of the attempt's manually graded answers, by question key. */
export function manualScores(tx: SyncDatabase, attemptId: number): Record<string, number> {
  const rows = tx
    .select({ key: attemptAnswers.questionKey, score: attemptAnswers.score })
    .from(attemptAnswers)
    .where(and(eq(attemptAnswers.attemptId, attemptId), isNotNull(attemptAnswers.gradedAt)))
    .all();
  return Object.fromEntries(rows.map((row) => [row.key, row.score ?? 0]));
}

/** Stores a manual grade on a saved answer; false when the attempt has no such answer. */
export function saveManualGrade(
  tx: SyncDatabase,
  input: { attemptId: number; questionKey: string; score: number; feedback: string; gradedBy: number; gradedAt: Date },
): boolean {
  const { attemptId, questionKey, score, feedback, gradedBy, gradedAt } = input;
  const saved = tx
    .update(attemptAnswers)
    .set({ score, feedback: feedback === '' ? null : feedback, gradedBy, gradedAt })
    .where(and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.questionKey, questionKey)))
    .run();
  return saved.changes > 0;
}

/** Writes an attempt's totals after a manual grade: final (submitted, with percent and pass) or still awaiting. */
export function storeManualTotals(
  tx: SyncDatabase,
  attemptId: number,
  totals: { final: boolean; score: number; maxScore: number; percent: number; passed: boolean },
): void {
  tx.update(quizAttempts)
    .set(
      totals.final
        ? { status: 'submitted', score: totals.score, maxScore: totals.maxScore, percent: totals.percent, passed: totals.passed }
        : { status: 'awaiting-grading', score: totals.score, maxScore: totals.maxScore, percent: null, passed: null },
    )
    .where(eq(quizAttempts.id, attemptId))
    .run();
}

/** A manual grade as the trainee sees it. */
export interface AnswerGrade {
  score: number;
  feedback: string | null;
}

/** The manual grades of an attempt's answers, by question key (only graded answers). */
export function answerGrades(attemptId: number, db: SyncDatabase = getDb()): Record<string, AnswerGrade> {
  const rows = db
    .select({ key: attemptAnswers.questionKey, score: attemptAnswers.score, feedback: attemptAnswers.feedback })
    .from(attemptAnswers)
    .where(and(eq(attemptAnswers.attemptId, attemptId), isNotNull(attemptAnswers.gradedAt)))
    .all();
  return Object.fromEntries(rows.map((row) => [row.key, { score: row.score ?? 0, feedback: row.feedback }]));
}
