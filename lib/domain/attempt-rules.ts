/**
 * When a quiz attempt may start and until when it may be submitted.
 *
 * - A time limit runs from the moment the attempt starts. No limit (null, or
 *   a limit that is not a positive number of minutes) means no deadline.
 * - A submission is still accepted for `graceMs` after the deadline, so a
 *   form sent in the last second is not lost to network latency.
 * - One attempt at a time: an open attempt must be submitted (or resumed)
 *   before another starts.
 * - Passing does not end the quiz: a trainee who passed may try again to
 *   improve their score until the attempt limit is used up. Which attempt
 *   counts is the quiz's scoring rule (see `countedAttempt` in `./grading`).
 */

/** Default leeway after the deadline for a submission already on its way. */
export const DEFAULT_GRACE_MS = 5_000;

/** Why a new attempt may not start. */
export type StartRefusal = 'attempt-open' | 'limit-reached';

/** What {@link canStartAttempt} needs to know about the trainee and the quiz. */
export interface StartAttemptInput {
  attemptLimit: number | null;
  submittedCount: number;
  hasOpenAttempt: boolean;
  alreadyPassed: boolean;
}

/** The moment an attempt started at `startedAt` must be submitted by, or null when the quiz is untimed. */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number | null): Date | null {
  if (timeLimitMinutes === null || !Number.isFinite(timeLimitMinutes) || timeLimitMinutes <= 0) return null;
  return new Date(startedAt.getTime() + timeLimitMinutes * 60_000);
}

/** Whether `now` is past the deadline plus the grace period; an attempt with no deadline never expires. */
export function isExpired(deadline: Date | null, now: Date, graceMs = DEFAULT_GRACE_MS): boolean {
  if (deadline === null) return false;
  return now.getTime() > deadline.getTime() + graceMs;
}

/**
 * Whether the trainee may start a new attempt. An open attempt is reported
 * first (the page should offer to resume it); then the limit counts submitted
 * attempts. `alreadyPassed` never refuses on its own: passing allows further
 * attempts while the limit lasts.
 */
export function canStartAttempt(input: StartAttemptInput): { ok: true } | { ok: false; reason: StartRefusal } {
  if (input.hasOpenAttempt) return { ok: false, reason: 'attempt-open' };
  if (attemptsLeft(input.attemptLimit, input.submittedCount) === 0) return { ok: false, reason: 'limit-reached' };
  return { ok: true };
}

/** Attempts still allowed under `limit` after `used` submitted ones (never negative), or null when unlimited. */
export function attemptsLeft(limit: number | null, used: number): number | null {
  if (limit === null) return null;
  return Math.max(0, limit - used);
}
