import 'server-only';
import { upsertAnswer, type OwnAttempt } from '@/db/queries/attempt-answers';
import type { QuizSnapshot } from '@/db/schema';
import { attemptState } from '@/lib/domain/attempt-state';
import type { QuizResponse } from '@/lib/domain/grading';
import { AppError } from '@/lib/errors';
import { closeExpiredAttempt } from './close-attempt';
import { inTransaction } from './transaction';

/**
 * Command: saves (or replaces) one answer of the trainee's open attempt.
 * A closed attempt refuses (409). One whose time ran out takes nothing more:
 * it is closed as expired, graded on what was saved, and the save refused (410).
 */
export function saveAnswer(input: { attempt: OwnAttempt; quiz: QuizSnapshot; userId: number; questionKey: string; response: QuizResponse; now: Date }): void {
  const { attempt, now } = input;
  const state = attemptState(attempt, now);
  if (state === 'closed') throw new AppError('conflict:attempt-closed', 'This attempt has already been submitted.');
  if (state === 'expired') {
    closeExpiredAttempt(input);
    throw new AppError('gone:attempt-expired', 'The time for this attempt is over.');
  }
  inTransaction((tx) => upsertAnswer(tx, attempt.id, input.questionKey, input.response, now));
}
