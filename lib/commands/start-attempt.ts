import 'server-only';
import { randomBytes } from 'node:crypto';
import { insertAttempt, listAttempts } from '@/db/queries/attempts';
import type { PublishedModule } from '@/db/queries/published';
import { buildAttemptLayout } from '@/lib/domain/attempt-layout';
import { attemptDeadline, canStartAttempt } from '@/lib/domain/attempt-rules';
import { AppError } from '@/lib/errors';
import { closeExpiredAttemptsIn } from './close-attempt';
import { afterLearningChange } from './follow-ups';
import { inTransaction } from './transaction';

/**
 * Command: starts a new attempt on the module's current version, with its own
 * shuffled layout and, for a timed quiz, a deadline; or returns the open
 * attempt to resume. An open attempt whose time ran out is closed first (and
 * graded, possibly earning a certificate). Refuses beyond the attempt limit.
 */
export function startAttempt(input: { userId: number; module: PublishedModule; now: Date }): number {
  const { userId, module, now } = input;
  const quiz = module.quiz;
  if (!quiz) throw new AppError('not-found:quiz', 'This module has no quiz.');
  const outcome = inTransaction((tx): { id: number } | { refused: true } => {
    closeExpiredAttemptsIn(tx, userId, module.id, now);
    const attempts = listAttempts(userId, module.id, tx);
    const open = attempts.find((a) => a.status === 'open');
    const check = canStartAttempt({
      attemptLimit: quiz.attemptLimit,
      submittedCount: attempts.filter((a) => a.status !== 'open').length,
      hasOpenAttempt: Boolean(open),
      alreadyPassed: attempts.some((a) => a.passed),
    });
    if (!check.ok) return check.reason === 'attempt-open' && open ? { id: open.id } : { refused: true };
    const id = insertAttempt(tx, {
      userId,
      moduleId: module.id,
      versionId: module.versionId,
      layout: buildAttemptLayout(quiz, randomBytes(12).toString('hex')),
      startedAt: now,
      deadlineAt: attemptDeadline(now, quiz.timeLimitMinutes),
    });
    afterLearningChange(tx, { userId, moduleId: module.id, now });
    return { id };
  });
  // Refused after the transaction commits: an expired attempt closed on the way stays closed.
  if ('refused' in outcome) throw new AppError('conflict:attempt-limit', 'You have used all the attempts this quiz allows.');
  return outcome.id;
}
