import { describe, expect, it } from 'vitest';
import { attemptDeadline, attemptsLeft, canStartAttempt, DEFAULT_GRACE_MS, isExpired, type StartAttemptInput } from './attempt-rules';

const start = new Date('2025-03-01T09:00:00Z');

describe('attemptDeadline', () => {
  it.each([
    [30, '2025-03-01T09:30:00.000Z'],
    [1.5, '2025-03-01T09:01:30.000Z'],
    [24 * 60, '2025-03-02T09:00:00.000Z'],
  ])('%s minutes → %s', (minutes, expected) => {
    expect(attemptDeadline(start, minutes)?.toISOString()).toBe(expected);
  });

  it.each([null, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])('no deadline for a limit of %s', (minutes) => {
    expect(attemptDeadline(start, minutes)).toBeNull();
  });
});

describe('isExpired', () => {
  const deadline = new Date('2025-03-01T09:30:00Z');
  const after = (ms: number) => new Date(deadline.getTime() + ms);

  it.each([
    ['well before', after(-60_000), undefined, false],
    ['at the deadline', after(0), undefined, false],
    ['inside the default grace', after(DEFAULT_GRACE_MS), undefined, false],
    ['just past the default grace', after(DEFAULT_GRACE_MS + 1), undefined, true],
    ['past a zero grace', after(1), 0, true],
    ['inside a longer grace', after(20_000), 30_000, false],
  ] as const)('%s', (_name, now, grace, expected) => {
    expect(isExpired(deadline, now, grace)).toBe(expected);
  });

  it('never expires without a deadline', () => {
    expect(isExpired(null, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('canStartAttempt', () => {
  const base: StartAttemptInput = { attemptLimit: 3, submittedCount: 0, hasOpenAttempt: false, alreadyPassed: false };

  it.each([
    ['a first attempt', {}, { ok: true }],
    ['the last allowed attempt', { submittedCount: 2 }, { ok: true }],
    ['after passing, while attempts remain', { submittedCount: 1, alreadyPassed: true }, { ok: true }],
    ['unlimited attempts', { attemptLimit: null, submittedCount: 99 }, { ok: true }],
    ['with an attempt open', { hasOpenAttempt: true }, { ok: false, reason: 'attempt-open' }],
    ['with an attempt open and the limit used', { hasOpenAttempt: true, submittedCount: 3 }, { ok: false, reason: 'attempt-open' }],
    ['the limit used', { submittedCount: 3 }, { ok: false, reason: 'limit-reached' }],
    ['the limit used after passing', { submittedCount: 3, alreadyPassed: true }, { ok: false, reason: 'limit-reached' }],
    ['more than the limit used', { submittedCount: 5 }, { ok: false, reason: 'limit-reached' }],
    ['a limit of zero', { attemptLimit: 0 }, { ok: false, reason: 'limit-reached' }],
  ] as const)('%s', (_name, change, expected) => {
    expect(canStartAttempt({ ...base, ...change })).toEqual(expected);
  });
});

describe('attemptsLeft', () => {
  it.each([
    [3, 0, 3],
    [3, 2, 1],
    [3, 3, 0],
    [3, 7, 0],
    [null, 12, null],
  ] as const)('limit %s, used %s → %s', (limit, used, expected) => {
    expect(attemptsLeft(limit, used)).toBe(expected);
  });
});
