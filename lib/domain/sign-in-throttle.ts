/**
 * Slows down password guessing. Every sign-in try is counted under several
 * keys, each with its own policy (see README "Security notes"):
 *
 * - `pair`: one account from one client address. The tight limit: a few free
 *   failures, then a doubling wait of up to 15 minutes.
 * - `client`: one client address, whatever the account (password spraying).
 * - `account`: one account, whatever the client (guessing spread over many
 *   addresses). Its wait is capped at a minute, so it can slow an account down
 *   but never lock its owner out; and a client that has signed in to the
 *   account successfully before ("known") is not held by it at all.
 * - `global`: every failure; never makes anyone wait, only raises one audit
 *   alert when failures pass a ceiling.
 *
 * A try is counted as a failure *before* the password is compared (the slow
 * part), inside the same transaction that checks the wait; a correct password
 * then gives that failure back. So parallel tries cannot all slip through.
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

export type ThrottleScope = 'pair' | 'client' | 'account' | 'global';

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

const MINUTE = 60_000;

export const defaultThrottlePolicy: ThrottlePolicy = { freeFailures: 5, baseDelayMs: 2_000, maxDelayMs: 15 * MINUTE, windowMs: 15 * MINUTE };

export const throttlePolicies: Record<ThrottleScope, ThrottlePolicy> = {
  pair: defaultThrottlePolicy,
  client: { freeFailures: 30, baseDelayMs: 2_000, maxDelayMs: 15 * MINUTE, windowMs: 15 * MINUTE },
  account: { freeFailures: 10, baseDelayMs: 1_000, maxDelayMs: MINUTE, windowMs: 15 * MINUTE },
  // Never waited on: only its count matters, for the alert.
  global: { freeFailures: Number.POSITIVE_INFINITY, baseDelayMs: 0, maxDelayMs: 0, windowMs: 15 * MINUTE },
};

/** Failures across all accounts and clients, within the global window, that raise one audit alert. */
export const GLOBAL_ALERT_FAILURES = 100;

/** How long a successful sign-in makes a client "known" to that account. */
export const KNOWN_CLIENT_MS = 90 * 24 * 60 * MINUTE;

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

/**
 * The keys one sign-in try counts under. Without a client address (no trusted
 * proxy) only the account and global keys apply; a known client skips the
 * account key, so spread-out guessing cannot keep the owner out.
 */
export function throttleKeys(email: string, client: string | null, knownClient: boolean): ThrottleKey[] {
  const keys: ThrottleKey[] = [];
  if (client !== null) {
    keys.push({ scope: 'pair', key: `pair:${client}|${email}` }, { scope: 'client', key: `client:${client}` });
  }
  if (!knownClient) keys.push({ scope: 'account', key: `account:${email}` });
  keys.push({ scope: 'global', key: 'global' });
  return keys;
}

/** The key under which a successful sign-in from `client` to `email` is remembered. */
export function knownClientKey(email: string, client: string): string {
  return `${client}|${email}`;
}

export type Records = ReadonlyMap<string, ThrottleRecord | null>;

export type AttemptDecision =
  | { allowed: false; waitMs: number }
  | { allowed: true; writes: Map<string, ThrottleRecord>; alert: boolean };

/**
 * Whether a try may be checked now. When it may, it is counted as a failure
 * under every key at once (`writes`); `alert` is true for the one try that
 * takes the global count to the ceiling.
 */
export function reserveAttempt(keys: ThrottleKey[], records: Records, now: Date): AttemptDecision {
  const waitMs = Math.max(0, ...keys.map(({ scope, key }) => retryAfterMs(records.get(key) ?? null, now, throttlePolicies[scope])));
  if (waitMs > 0) return { allowed: false, waitMs };
  const writes = new Map<string, ThrottleRecord>();
  let alert = false;
  for (const { scope, key } of keys) {
    const next = recordFailure(records.get(key) ?? null, now, throttlePolicies[scope]);
    writes.set(key, next);
    if (scope === 'global' && next.failures === GLOBAL_ALERT_FAILURES) alert = true;
  }
  return { allowed: true, writes, alert };
}

/**
 * After a correct password: the account+client pair starts afresh (null
 * deletes it); the wider keys only get back the one failure reserved for this
 * try, so signing in to one's own account never wipes what others counted.
 */
export function settleSuccess(keys: ThrottleKey[], records: Records): Map<string, ThrottleRecord | null> {
  const writes = new Map<string, ThrottleRecord | null>();
  for (const { scope, key } of keys) {
    const record = records.get(key) ?? null;
    if (scope === 'pair' || !record || record.failures <= 1) writes.set(key, null);
    else writes.set(key, { ...record, failures: record.failures - 1 });
  }
  return writes;
}
