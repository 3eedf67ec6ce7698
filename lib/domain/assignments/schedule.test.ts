import { describe, expect, it } from 'vitest';
import { cohortClosesAt, dueAtFromLocal, isClosed, isOverdue } from './schedule';

describe('cohortClosesAt', () => {
  it('closes at the end of the last day in the cohort time zone', () => {
    expect(cohortClosesAt('2026-06-30', 'Asia/Kabul')?.toISOString()).toBe('2026-06-30T19:30:00.000Z');
    expect(cohortClosesAt('2026-12-31', 'UTC')?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('is closed from that instant on, and never without a cohort', () => {
    const closes = new Date('2026-07-01T00:00:00Z');
    expect(isClosed(closes, new Date('2026-06-30T23:59:59Z'))).toBe(false);
    expect(isClosed(closes, closes)).toBe(true);
    expect(isClosed(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('dueAtFromLocal', () => {
  it('reads the due date in the cohort time zone', () => {
    expect(dueAtFromLocal('2026-05-10T17:00', 'Asia/Kabul')).toEqual({ ok: true, date: new Date('2026-05-10T12:30:00Z') });
    expect(dueAtFromLocal('2026-05-32T17:00', 'UTC')).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('isOverdue', () => {
  const due = new Date('2026-05-10T12:00:00Z');
  const after = new Date('2026-05-11T00:00:00Z');
  it.each([
    [null, due, after, true],
    ['draft', due, after, true],
    ['revision-requested', due, after, true],
    ['submitted', due, after, false],
    ['accepted', due, after, false],
    [null, null, after, false],
    [null, due, new Date('2026-05-10T11:00:00Z'), false],
  ] as const)('%s due %s at %s → %s', (status, dueAt, now, overdue) => {
    expect(isOverdue(status, dueAt, now)).toBe(overdue);
  });
});
