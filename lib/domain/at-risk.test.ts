import { describe, expect, it } from 'vitest';
import { assessTrainee, cohortPace, elapsedDays, isInactive, localDate, type CohortCalendar, type TraineeStanding } from './at-risk';

// 100 days from start to target keeps the arithmetic readable.
const calendar: CohortCalendar = { startsOn: '2026-01-01', targetOn: '2026-04-11', timeZone: 'UTC' };
const at = (iso: string) => new Date(iso);
const DAY = 24 * 60 * 60 * 1000;

describe('localDate and elapsedDays', () => {
  it.each([
    ['UTC midday', '2026-01-11T12:00:00Z', 'UTC', '2026-01-11', 10],
    ['Kabul is already on the next day', '2026-01-10T20:00:00Z', 'Asia/Kabul', '2026-01-11', 10],
    ['Tonga is 13 hours ahead', '2025-12-31T12:00:00Z', 'Pacific/Tongatapu', '2026-01-01', 0],
    ['the day before the start', '2025-12-31T23:59:59Z', 'UTC', '2025-12-31', -1],
  ])('%s', (_name, now, timeZone, date, days) => {
    expect(localDate(at(now), timeZone)).toBe(date);
    expect(elapsedDays({ ...calendar, timeZone }, at(now))).toBe(days);
  });
});

describe('cohortPace: expected share', () => {
  it.each([
    ['before the start', '2025-12-20T00:00:00Z', calendar, 0],
    ['on the start day', '2026-01-01T08:00:00Z', calendar, 0],
    ['a quarter of the way', '2026-01-26T08:00:00Z', calendar, 0.25],
    ['on the target day', '2026-04-11T08:00:00Z', calendar, 1],
    ['after the target', '2026-06-01T08:00:00Z', calendar, 1],
    ['target on the start day', '2026-01-01T08:00:00Z', { ...calendar, targetOn: '2026-01-01' }, 1],
    ['target before the start, before the start', '2025-12-01T08:00:00Z', { ...calendar, targetOn: '2025-12-25' }, 0],
  ])('%s', (_name, now, cal, expected) => {
    expect(cohortPace(cal, at(now)).expected).toBeCloseTo(expected, 10);
  });
});

describe('isInactive', () => {
  const last = at('2026-02-01T10:00:00Z');
  it.each([
    ['14 days less a millisecond after the last activity', last, new Date(last.getTime() + 14 * DAY - 1), false],
    ['exactly 14 days after the last activity', last, new Date(last.getTime() + 14 * DAY), true],
    ['20 days after the last activity', last, new Date(last.getTime() + 20 * DAY), true],
    ['no activity, 13 days after the start', null, at('2026-01-14T12:00:00Z'), false],
    ['no activity, 14 days after the start', null, at('2026-01-15T00:00:00Z'), true],
  ])('%s', (_name, lastActivityAt, now, inactive) => {
    expect(isInactive(cohortPace(calendar, now), lastActivityAt)).toBe(inactive);
  });
});

describe('assessTrainee', () => {
  const standing = (completed: number, lastActivityAt: string | null, complete = false): TraineeStanding => ({
    complete,
    completed,
    lastActivityAt: lastActivityAt ? at(lastActivityAt) : null,
  });
  // Day 50 of 100: expected 0.5, at risk below 0.4.
  const midway = '2026-02-20T12:00:00Z';
  it.each([
    ['before the start, nothing done', standing(0, null), '2025-12-15T12:00:00Z', 'not-started', []],
    ['before the start, already active', standing(0.1, '2025-12-14T12:00:00Z'), '2025-12-15T12:00:00Z', 'on-track', []],
    ['first week, nothing done', standing(0, null), '2026-01-05T12:00:00Z', 'not-started', []],
    ['midway, ahead of pace', standing(0.7, '2026-02-19T12:00:00Z'), midway, 'on-track', []],
    ['midway, exactly at the tolerance', standing(0.4, '2026-02-19T12:00:00Z'), midway, 'on-track', []],
    ['midway, just behind the tolerance', standing(0.39, '2026-02-19T12:00:00Z'), midway, 'at-risk', ['behind-pace']],
    ['midway, on pace but idle for 14 days', standing(0.5, '2026-02-06T12:00:00Z'), midway, 'at-risk', ['inactive']],
    ['midway, idle for 13 days', standing(0.5, '2026-02-07T12:00:01Z'), midway, 'on-track', []],
    ['midway, never active', standing(0, null), midway, 'at-risk', ['inactive', 'behind-pace']],
    ['on the target day, within the tolerance', standing(0.95, '2026-04-10T12:00:00Z'), '2026-04-11T12:00:00Z', 'on-track', []],
    ['the day after the target, nearly done', standing(0.95, '2026-04-11T12:00:00Z'), '2026-04-12T12:00:00Z', 'at-risk', ['behind-pace']],
    ['after the target, complete', standing(1, '2026-03-01T12:00:00Z', true), '2026-06-01T12:00:00Z', 'complete', []],
    ['complete early and idle since', standing(1, '2026-01-20T12:00:00Z', true), midway, 'complete', []],
  ])('%s', (_name, input, now, status, reasons) => {
    const result = assessTrainee(cohortPace(calendar, at(now)), input);
    expect(result.status).toBe(status);
    expect(result.reasons).toEqual(reasons);
  });
});
