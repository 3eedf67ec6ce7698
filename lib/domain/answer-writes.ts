import { DEFAULT_GRACE_MS } from './attempt-rules';

/**
 * Rules for answer writes that may arrive late, twice or out of order
 * (a lossy link, an offline queue replayed when the connection returns).
 *
 * Ordering: every saved answer carries a per-question `revision`, a number the
 * client makes strictly increasing for each question (its clock in ms, bumped
 * past the last one it used). The server keeps an answer only when its
 * revision is higher than the stored one, so a delayed older save can never
 * replace a newer acknowledged one; the older one is answered 409 with the
 * current value.
 *
 * Duplicates are handled before these rules: a write sent again with the same
 * idempotency key gets the stored result of the first one (write_receipts).
 */

/** What to do with an incoming answer given the stored one's revision (null: none stored yet). */
export type RevisionDecision = 'apply' | 'stale';

/** Applies only a strictly newer revision; an equal or older one is stale. */
export function decideAnswerRevision(storedRevision: number | null, incomingRevision: number): RevisionDecision {
  if (storedRevision === null) return 'apply';
  return incomingRevision > storedRevision ? 'apply' : 'stale';
}

/**
 * How long after the deadline (plus grace) answers saved on the device while
 * offline are still accepted when they are replayed: 15 minutes.
 */
export const OFFLINE_REPLAY_WINDOW_MS = 15 * 60_000;

/** How far a device clock may run ahead of the server's and still be believed. */
export const DEVICE_CLOCK_SKEW_MS = 2 * 60_000;

/** What {@link acceptLateAnswer} needs: the server's clock decides, the device's time only narrows it. */
export interface LateAnswerInput {
  startedAt: Date;
  deadlineAt: Date | null;
  /** When the trainee answered, by the device's clock (sent with the queued write). */
  deviceSavedAt: Date | null;
  now: Date;
  graceMs?: number;
  windowMs?: number;
}

/**
 * Whether an answer reaching an attempt whose time is over (by the server's
 * clock) is still taken. The rule: it must have been saved on the device
 * within the time limit plus the usual grace, its device time must be
 * plausible (not before the attempt started, not ahead of the server by more
 * than the allowed skew), and it must arrive within the replay window after
 * the deadline. A live save has no device time and is refused as today. So a
 * trainee who lost the connection near the end loses nothing they answered in
 * time, and a forged device time buys at most the bounded window.
 */
export function acceptLateAnswer(input: LateAnswerInput): boolean {
  const { startedAt, deadlineAt, deviceSavedAt, now } = input;
  if (deadlineAt === null || deviceSavedAt === null) return false;
  const graceMs = input.graceMs ?? DEFAULT_GRACE_MS;
  const windowMs = input.windowMs ?? OFFLINE_REPLAY_WINDOW_MS;
  const saved = deviceSavedAt.getTime();
  if (saved < startedAt.getTime() || saved > now.getTime() + DEVICE_CLOCK_SKEW_MS) return false;
  if (saved > deadlineAt.getTime() + graceMs) return false;
  return now.getTime() <= deadlineAt.getTime() + graceMs + windowMs;
}
