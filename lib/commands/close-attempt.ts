import 'server-only';
import { closeAttemptWithGrade, openAttempts, savedResponses, type OwnAttempt } from '@/db/queries/attempt-answers';
import { getModuleVersion } from '@/db/queries/published';
import type { QuizSnapshot } from '@/db/schema';
import { attemptState } from '@/lib/domain/attempt-state';
import type { AttemptGrade } from '@/lib/domain/grading';
import { gradeWithManual } from '@/lib/domain/manual-grading';
import { AppError } from '@/lib/errors';
import { afterLearningChange } from './follow-ups';
import { inTransaction, type Tx } from './transaction';

/**
 * Grades the saved answers and closes the attempt as submitted or expired,
 * with the learning follow-ups (standing, certificates, last activity) in the
 * same transaction. Submit and expiry share this one path, so an attempt
 * closed by its deadline earns a certificate exactly as a submitted one does.
 * An answered essay leaves it awaiting grading instead (no percent, no pass,
 * so not counted) until gradeEssayAnswer gives its last points.
 * Throws 409 when the attempt was closed meanwhile (a double submit grades once).
 */
export function gradeAndClose(tx: Tx, input: { attempt: OwnAttempt; quiz: QuizSnapshot; userId: number; now: Date; status: 'submitted' | 'expired' }): AttemptGrade {
  const { attempt, quiz, userId, now, status } = input;
  // No manual question is graded yet at submission: an answered essay leaves the attempt awaiting grading.
  const graded = gradeWithManual(quiz, savedResponses(attempt.id, tx), {});
  const { grade } = graded;
  const awaiting = new Set(graded.final ? [] : graded.awaiting);
  const questionScores = Object.fromEntries(Object.entries(grade.questions).flatMap(([key, result]) => (awaiting.has(key) ? [] : [[key, result.score]])));
  const stored = graded.final ? { ...grade, questionScores } : { ...grade, percent: null, passed: null, questionScores };
  if (!closeAttemptWithGrade(tx, attempt.id, graded.final ? status : 'awaiting-grading', now, stored)) {
    throw new AppError('conflict:attempt-closed', 'This attempt has already been submitted.');
  }
  afterLearningChange(tx, { userId, moduleId: attempt.moduleId, now });
  return grade;
}

/**
 * Closes, as expired, every open attempt of the trainee in the module whose
 * time ran out: the first step of each command that touches their quiz or
 * progress there, so an expired attempt never waits for a page view.
 */
export function closeExpiredAttemptsIn(tx: Tx, userId: number, moduleId: number, now: Date): void {
  for (const attempt of openAttempts(tx, userId, moduleId)) {
    if (attemptState(attempt, now) !== 'expired') continue;
    const quiz = getModuleVersion(attempt.versionId)?.quiz;
    if (quiz) gradeAndClose(tx, { attempt, quiz, userId, now, status: 'expired' });
  }
}

/**
 * Command: closes one of the trainee's attempts whose time ran out, grading
 * what was saved. Returns true when it closed it, false when the attempt was
 * not (or no longer) open and expired.
 */
export function closeExpiredAttempt(input: { attempt: OwnAttempt; quiz: QuizSnapshot; userId: number; now: Date }): boolean {
  if (attemptState(input.attempt, input.now) !== 'expired') return false;
  return inTransaction((tx) => {
    try {
      gradeAndClose(tx, { ...input, status: 'expired' });
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'conflict:attempt-closed') return false;
      throw error;
    }
  });
}
