import 'server-only';
import { storedAnswer, upsertAnswer, type OwnAttempt } from '@/db/queries/attempt-answers';
import { findReceipt, storeReceipt } from '@/db/queries/write-receipts';
import type { QuizSnapshot } from '@/db/schema';
import { acceptLateAnswer, decideAnswerRevision } from '@/lib/domain/answer-writes';
import { attemptState } from '@/lib/domain/attempt-state';
import type { QuizResponse } from '@/lib/domain/grading';
import { AppError } from '@/lib/errors';
import { closeExpiredAttempt } from './close-attempt';
import { inTransaction } from './transaction';

/** What a save answered: stored (200), or refused as older than the stored answer (409, with the current one). */
export type SaveAnswerResult =
  | { status: 200; body: { saved: true; questionKey: string; revision: number; savedAt: string } }
  | { status: 409; body: { saved: false; error: 'conflict:stale-answer'; questionKey: string; current: { revision: number; response: QuizResponse } } };

/** One answer to save; `revision` absent means "newer than whatever is stored" (server-side callers). */
export interface SaveAnswerInput {
  attempt: OwnAttempt;
  quiz: QuizSnapshot;
  userId: number;
  questionKey: string;
  response: QuizResponse;
  now: Date;
  revision?: number;
  /** Sent by the client with every write; a second write with the same key gets the first one's result. */
  idempotencyKey?: string;
  /** When a queued (offline) answer was given, by the device's clock. */
  deviceSavedAt?: Date;
}

/**
 * Command: saves (or replaces) one answer of the trainee's open attempt.
 * A replay of a write already made (same idempotency key) gets its original
 * result and changes nothing. An answer older than the stored one (by
 * revision) is refused with the current value, so a delayed save never
 * replaces a newer acknowledged one. A closed attempt refuses (409). One whose
 * time ran out takes only an offline answer saved in time (see
 * `acceptLateAnswer`); otherwise it is closed as expired, graded on what was
 * saved, and the save refused (410).
 */
export function saveAnswer(input: SaveAnswerInput): SaveAnswerResult {
  const { attempt, userId, idempotencyKey, now } = input;
  const outcome = inTransaction((tx): SaveAnswerResult | 'expired' => {
    if (idempotencyKey) {
      const receipt = findReceipt(tx, userId, idempotencyKey);
      if (receipt) return { status: receipt.status, body: receipt.result } as SaveAnswerResult;
    }
    const state = attemptState(attempt, now);
    if (state === 'closed') throw new AppError('conflict:attempt-closed', 'This attempt has already been submitted.');
    const late = { startedAt: attempt.startedAt, deadlineAt: attempt.deadlineAt, deviceSavedAt: input.deviceSavedAt ?? null, now };
    if (state === 'expired' && !acceptLateAnswer(late)) return 'expired';
    const stored = storedAnswer(tx, attempt.id, input.questionKey);
    const revision = input.revision ?? (stored?.revision ?? 0) + 1;
    let result: SaveAnswerResult;
    if (stored && decideAnswerRevision(stored.revision, revision) === 'stale') {
      result = { status: 409, body: { saved: false, error: 'conflict:stale-answer', questionKey: input.questionKey, current: stored } };
    } else {
      upsertAnswer(tx, attempt.id, input.questionKey, input.response, now, revision);
      result = { status: 200, body: { saved: true, questionKey: input.questionKey, revision, savedAt: now.toISOString() } };
    }
    if (idempotencyKey) storeReceipt(tx, userId, idempotencyKey, { status: result.status, result: result.body }, now);
    return result;
  });
  if (outcome !== 'expired') return outcome;
  closeExpiredAttempt(input);
  throw new AppError('gone:attempt-expired', 'The time for this attempt is over.');
}
