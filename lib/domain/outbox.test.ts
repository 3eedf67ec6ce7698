import { describe, expect, it } from 'vitest';
import { afterSendAttempt, MAX_SEND_ATTEMPTS, mayRetry, retryDelayMs } from './outbox';

const now = new Date('2026-09-01T08:00:00Z');
const minute = 60_000;

describe('retryDelayMs', () => {
  it('waits one minute, then doubles, capped at six hours', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16].map((m) => m * minute));
    expect(retryDelayMs(9)).toBe(256 * minute);
    expect(retryDelayMs(20)).toBe(360 * minute);
  });
});

describe('afterSendAttempt', () => {
  it('marks a successful send as sent and clears the error', () => {
    expect(afterSendAttempt(2, { ok: true }, now)).toEqual({ status: 'sent', attempts: 3, sentAt: now, lastError: null });
  });

  it('schedules a failed send for later with backoff, keeping the error', () => {
    expect(afterSendAttempt(0, { ok: false, error: 'ECONNREFUSED' }, now)).toEqual({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() + minute),
      lastError: 'ECONNREFUSED',
    });
    const third = afterSendAttempt(2, { ok: false, error: 'timeout' }, now);
    expect(third).toMatchObject({ status: 'pending', attempts: 3, nextAttemptAt: new Date(now.getTime() + 4 * minute) });
  });

  it(`gives up on the ${MAX_SEND_ATTEMPTS}th failure and keeps the last error`, () => {
    expect(afterSendAttempt(MAX_SEND_ATTEMPTS - 1, { ok: false, error: '550 mailbox unavailable' }, now)).toEqual({
      status: 'failed',
      attempts: MAX_SEND_ATTEMPTS,
      lastError: '550 mailbox unavailable',
    });
  });
});

describe('mayRetry', () => {
  it.each([
    ['failed', true],
    ['held', true],
    ['pending', false],
    ['sent', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(mayRetry(status)).toBe(expected);
  });
});
