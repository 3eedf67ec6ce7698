import { describe, expect, it } from 'vitest';
import { attendanceOpen, eventTimes, isOngoing, isUpcoming } from './events';

describe('eventTimes', () => {
  it('converts local times in the cohort zone to UTC (09:00 Kabul is 04:30Z)', () => {
    const times = eventTimes('2026-09-14T09:00', '2026-09-14T12:00', 'Asia/Kabul');
    expect(times.ok && [times.startsAt.toISOString(), times.endsAt.toISOString()]).toEqual(['2026-09-14T04:30:00.000Z', '2026-09-14T07:30:00.000Z']);
  });

  it('crosses the date line: 09:00 in Tonga is the previous day in UTC', () => {
    const times = eventTimes('2026-09-14T09:00', '2026-09-14T10:30', 'Pacific/Tongatapu');
    expect(times.ok && times.startsAt.toISOString()).toBe('2026-09-13T20:00:00.000Z');
  });

  it('allows a multi-day study tour', () => expect(eventTimes('2026-10-05T08:00', '2026-10-12T18:00', 'Asia/Seoul').ok).toBe(true));

  it.each([
    ['an end equal to the start', '2026-09-14T09:00', '2026-09-14T09:00', { endsAt: 'end-not-after-start' }],
    ['an end before the start', '2026-09-14T09:00', '2026-09-14T08:59', { endsAt: 'end-not-after-start' }],
    ['an event over 60 days', '2026-09-01T09:00', '2026-11-01T09:00', { endsAt: 'too-long' }],
    ['a malformed start', 'tomorrow', '2026-09-14T10:00', { startsAt: 'malformed' }],
    ['both malformed', '', '', { startsAt: 'malformed', endsAt: 'malformed' }],
  ])('refuses %s', (_name, start, end, problems) => expect(eventTimes(start, end, 'Asia/Kabul')).toEqual({ ok: false, problems }));

  it('refuses a start the clocks skip', () =>
    expect(eventTimes('2026-03-08T02:30', '2026-03-08T04:00', 'America/New_York')).toEqual({ ok: false, problems: { startsAt: 'nonexistent' } }));
});

describe('event timing', () => {
  const event = { startsAt: new Date('2026-09-14T04:30:00Z'), endsAt: new Date('2026-09-14T07:30:00Z') };
  it.each([
    ['before', '2026-09-14T04:29:59Z', false, true, false],
    ['at the start', '2026-09-14T04:30:00Z', true, true, true],
    ['during', '2026-09-14T06:00:00Z', true, true, true],
    ['at the end', '2026-09-14T07:30:00Z', true, false, false],
    ['after', '2026-09-15T00:00:00Z', true, false, false],
  ])('%s: attendance open %s, upcoming %s, ongoing %s', (_name, at, open, upcoming, ongoing) => {
    const now = new Date(at);
    expect(attendanceOpen(event, now)).toBe(open);
    expect(isUpcoming(event, now)).toBe(upcoming);
    expect(isOngoing(event, now)).toBe(ongoing);
  });
});
