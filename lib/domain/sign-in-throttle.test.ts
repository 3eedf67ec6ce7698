import { describe, expect, it } from 'vitest';
import { activeFailures, recordFailure, retryAfterMs, type ThrottlePolicy } from './sign-in-throttle';

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
