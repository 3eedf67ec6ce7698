import 'server-only';
import { writeLessonCompletion } from '@/db/queries/progress';
import { findReceipt, storeReceipt } from '@/db/queries/write-receipts';
import { closeExpiredAttemptsIn } from './close-attempt';
import { afterLearningChange } from './follow-ups';
import { inTransaction } from './transaction';

/** What the write did: the lesson and the state it was set to, and when (the original result on a replay). */
export interface LessonCompletedResult {
  lessonKey: string;
  completed: boolean;
  at: string;
  replayed: boolean;
}

/**
 * Command: marks a lesson complete or not complete for the trainee. In the
 * same transaction: an attempt of theirs in the module whose time ran out is
 * closed, and the standing, certificates and last activity follow. A write
 * sent again with the same idempotency key (a queued offline write replayed
 * after a lost response) changes nothing and gets the original result.
 */
export function setLessonCompleted(input: {
  userId: number;
  moduleId: number;
  lessonKey: string;
  completed: boolean;
  now: Date;
  idempotencyKey?: string;
}): LessonCompletedResult {
  const { userId, idempotencyKey, now } = input;
  return inTransaction((tx) => {
    if (idempotencyKey) {
      const receipt = findReceipt(tx, userId, idempotencyKey);
      if (receipt) return { ...(receipt.result as LessonCompletedResult), replayed: true };
    }
    closeExpiredAttemptsIn(tx, userId, input.moduleId, now);
    writeLessonCompletion(tx, input);
    afterLearningChange(tx, input);
    const result: LessonCompletedResult = { lessonKey: input.lessonKey, completed: input.completed, at: now.toISOString(), replayed: false };
    if (idempotencyKey) storeReceipt(tx, userId, idempotencyKey, { status: 200, result }, now);
    return result;
  });
}
