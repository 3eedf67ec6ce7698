import 'server-only';
import type { OwnAttempt } from '@/db/queries/attempt-answers';
import type { QuizSnapshot } from '@/db/schema';
import { attemptState } from '@/lib/domain/attempt-state';
import type { AttemptGrade } from '@/lib/domain/grading';
import { AppError } from '@/lib/errors';
import { closeExpiredAttempt, gradeAndClose } from './close-attempt';
import { inTransaction } from './transaction';

/**
 * Command: grades the trainee's open attempt on the server and closes it as
 * submitted, with the standing, certificates and last activity in the same
 * transaction. A closed attempt refuses (409); one whose time ran out is
 * closed as expired instead (graded the same way) and the submission refused (410).
 */
export function submitAttempt(input: { attempt: OwnAttempt; quiz: QuizSnapshot; userId: number; now: Date }): AttemptGrade {
  const state = attemptState(input.attempt, input.now);
  if (state === 'closed') throw new AppError('conflict:attempt-closed', 'This attempt has already been submitted.');
  if (state === 'expired') {
    closeExpiredAttempt(input);
    throw new AppError('gone:attempt-expired', 'The time for this attempt is over.');
  }
  return inTransaction((tx) => gradeAndClose(tx, { ...input, status: 'submitted' }));
}
