import type { AttemptStatus } from './quiz-snapshot';
import { isExpired } from './attempt-rules';

/**
 * Where an attempt stands for a write at `now`: 'open' takes answers and a
 * submission; 'expired' is still open in the database but past its deadline
 * (plus grace), so the next command that touches it closes it as expired;
 * 'closed' was submitted or already closed as expired.
 */
export type AttemptState = 'open' | 'expired' | 'closed';

/** The state of an attempt with this status and deadline at `now`. */
export function attemptState(attempt: { status: AttemptStatus; deadlineAt: Date | null }, now: Date): AttemptState {
  if (attempt.status !== 'open') return 'closed';
  return isExpired(attempt.deadlineAt, now) ? 'expired' : 'open';
}
