import { describe, expect, it } from 'vitest';
import {
  activeFailures,
  GLOBAL_ALERT_FAILURES,
  recordFailure,
  reserveAttempt,
  retryAfterMs,
  settleSuccess,
  throttleKeys,
  throttlePolicies,
  type ThrottlePolicy,
  type ThrottleRecord,
} from './sign-in-throttle';

const policy: ThrottlePolicy = { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, windowMs: 60_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

function failTimes(times: number, start = 0) {
  let record = null as ReturnType<typeof recordFailure> | null;
  for (let i = 0; i < times; i++) record = recordFailure(record, at(start + i), policy);
  return record;
}

describe('sign-in throttle', () => {
  it('lets a client with no failures try at once', () => {
    expect(retryAfterMs(null, at(0), policy)).toBe(0);
  });

  it('costs nothing for the free failures', () => {
    expect(retryAfterMs(failTimes(2), at(2), policy)).toBe(0);
  });

  it.each([
    [3, 1_000],
    [4, 2_000],
    [5, 4_000],
    [6, 8_000],
    [9, 8_000],
  ])('after %i failures the wait is %i ms from the last failure', (failures, delay) => {
    const record = failTimes(failures);
    const last = failures - 1;
    expect(retryAfterMs(record, at(last), policy)).toBe(delay);
    expect(retryAfterMs(record, at(last + delay), policy)).toBe(0);
  });

  it('counts down while the client waits', () => {
    expect(retryAfterMs(failTimes(4), at(3 + 500), policy)).toBe(1_500);
  });

  it('forgets failures once the window has passed', () => {
    const record = failTimes(6);
    expect(activeFailures(record, at(5 + 60_000), policy)).toBe(0);
    expect(retryAfterMs(record, at(5 + 60_000), policy)).toBe(0);
    expect(recordFailure(record, at(5 + 60_000), policy).failures).toBe(1);
  });

  it('keeps counting within the window', () => {
    const next = recordFailure(failTimes(2), at(30_000), policy);
    expect(next.failures).toBe(3);
    expect(next.firstFailureAt).toEqual(at(0));
  });
});

describe('throttle keys', () => {
  it('counts a try per account+client, per client, per account and globally', () => {
    expect(throttleKeys('a@x.org', 'ip:10.0.0.1', false).map((k) => k.key)).toEqual([
      'pair:ip:10.0.0.1|a@x.org',
      'client:ip:10.0.0.1',
      'account:a@x.org',
      'global',
    ]);
  });

  it('has only the account and global keys without a client address', () => {
    expect(throttleKeys('a@x.org', null, false).map((k) => k.scope)).toEqual(['account', 'global']);
  });

  it('lets a client known to the account skip the account key', () => {
    expect(throttleKeys('a@x.org', 'ip:10.0.0.1', true).map((k) => k.scope)).toEqual(['pair', 'client', 'global']);
  });
});

describe('reserveAttempt and settleSuccess', () => {
  const keys = throttleKeys('a@x.org', 'ip:1', false);

  function run(tries: number, start = 0, initial: Map<string, ThrottleRecord | null> = new Map()) {
    const records = new Map(initial);
    let allowed = 0;
    for (let i = 0; i < tries; i++) {
      const decision = reserveAttempt(keys, records, at(start));
      if (!decision.allowed) continue;
      allowed += 1;
      for (const [key, record] of decision.writes) records.set(key, record);
    }
    return { allowed, records };
  }

  it('checks exactly the free tries of the tightest key when they come at once', () => {
    expect(run(30).allowed).toBe(throttlePolicies.pair.freeFailures);
  });

  it('counts the try before the password is compared, and says how long to wait after', () => {
    const { records } = run(5);
    expect(records.get('pair:ip:1|a@x.org')?.failures).toBe(5);
    expect(reserveAttempt(keys, records, at(0))).toEqual({ allowed: false, waitMs: throttlePolicies.pair.baseDelayMs });
  });

  it('caps the account-wide wait at a minute, so its owner is never locked out for long', () => {
    const accountOnly = throttleKeys('a@x.org', null, false);
    const records = new Map<string, ThrottleRecord | null>([['account:a@x.org', { failures: 500, firstFailureAt: at(0), lastFailureAt: at(0) }]]);
    const decision = reserveAttempt(accountOnly, records, at(0));
    expect(decision).toEqual({ allowed: false, waitMs: 60_000 });
    expect(reserveAttempt(accountOnly, records, at(60_000)).allowed).toBe(true);
  });

  it('raises the global alert once, on the try that reaches the ceiling', () => {
    const before = new Map<string, ThrottleRecord | null>([['global', { failures: GLOBAL_ALERT_FAILURES - 2, firstFailureAt: at(0), lastFailureAt: at(0) }]]);
    const other = (n: number) => throttleKeys(`u${n}@x.org`, `ip:${n}`, false);
    const first = reserveAttempt(other(1), before, at(1));
    expect(first).toMatchObject({ allowed: true, alert: false });
    const reached = new Map(before);
    if (first.allowed) for (const [key, record] of first.writes) reached.set(key, record);
    expect(reserveAttempt(other(2), reached, at(2))).toMatchObject({ allowed: true, alert: true });
  });

  it('never makes anyone wait on the global count alone', () => {
    const records = new Map<string, ThrottleRecord | null>([['global', { failures: 10_000, firstFailureAt: at(0), lastFailureAt: at(0) }]]);
    expect(reserveAttempt(keys, records, at(0)).allowed).toBe(true);
  });

  it('on success clears the pair but gives back only this try to the wider keys', () => {
    const { records } = run(4);
    const writes = settleSuccess(keys, records);
    expect(writes.get('pair:ip:1|a@x.org')).toBeNull();
    expect(writes.get('client:ip:1')?.failures).toBe(3);
    expect(writes.get('account:a@x.org')?.failures).toBe(3);
    expect(writes.get('global')?.failures).toBe(3);
  });

  it('deletes a wider key whose only failure was this try', () => {
    const { records } = run(1);
    expect(settleSuccess(keys, records).get('client:ip:1')).toBeNull();
  });
});
