/**
 * Slows down password guessing from one client address. The first
 * `freeFailures` failures inside the window cost nothing; each further failure
 * doubles the wait before the next try, up to `maxDelayMs`. A window with no
 * failure for `windowMs` starts afresh.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
}

export interface ThrottleRecord {
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  windowMs: 15 * 60_000,
};

/** Failures that still count at `now` (zero once the window has lapsed). */
export function activeFailures(record: ThrottleRecord | null, now: Date, policy = defaultThrottlePolicy): number {
  if (!record) return 0;
  return now.getTime() - record.lastFailureAt.getTime() >= policy.windowMs ? 0 : record.failures;
}

/** Milliseconds the client must still wait before another sign-in try is checked; 0 when it may try now. */
export function retryAfterMs(record: ThrottleRecord | null, now: Date, policy = defaultThrottlePolicy): number {
  const failures = activeFailures(record, now, policy);
  if (!record || failures < policy.freeFailures) return 0;
  const delay = Math.min(policy.baseDelayMs * 2 ** (failures - policy.freeFailures), policy.maxDelayMs);
  return Math.max(0, record.lastFailureAt.getTime() + delay - now.getTime());
}

/** The record after one more failure at `now`. */
export function recordFailure(record: ThrottleRecord | null, now: Date, policy = defaultThrottlePolicy): ThrottleRecord {
  const failures = activeFailures(record, now, policy);
  return failures === 0 || !record
    ? { failures: 1, firstFailureAt: now, lastFailureAt: now }
    : { failures: failures + 1, firstFailureAt: record.firstFailureAt, lastFailureAt: now };
}
