import { describe, expect, it } from 'vitest';
import { cohortTimeZones, isCohortTimeZone, utcOffsetLabel, utcOffsetMinutes, zonedLocalToUtc } from './time-zone';

const utc = (local: string, zone: string) => {
  const result = zonedLocalToUtc(local, zone);
  return result.ok ? result.date.toISOString() : result.problem;
};

describe('zonedLocalToUtc', () => {
  it.each([
    ['2026-09-14T09:00', 'Asia/Kabul', '2026-09-14T04:30:00.000Z'],
    ['2026-09-14T09:00', 'Asia/Seoul', '2026-09-14T00:00:00.000Z'],
    ['2026-09-14T09:00', 'Asia/Almaty', '2026-09-14T04:00:00.000Z'],
    ['2026-09-14T09:00', 'Asia/Kathmandu', '2026-09-14T03:15:00.000Z'],
    ['2026-09-14T09:00', 'Pacific/Tongatapu', '2026-09-13T20:00:00.000Z'],
    ['2026-09-14T09:00', 'Pacific/Fiji', '2026-09-13T21:00:00.000Z'],
    ['2026-09-14T09:00', 'UTC', '2026-09-14T09:00:00.000Z'],
    ['2026-01-01T00:30', 'Asia/Kabul', '2025-12-31T20:00:00.000Z'],
    // New York: summer (UTC−4) and winter (UTC−5).
    ['2026-07-01T09:00', 'America/New_York', '2026-07-01T13:00:00.000Z'],
    ['2026-12-01T09:00', 'America/New_York', '2026-12-01T14:00:00.000Z'],
    // Sydney: daylight saving in the southern summer.
    ['2026-01-15T09:00', 'Australia/Sydney', '2026-01-14T22:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, expected) => expect(utc(local, zone)).toBe(expected));

  it('refuses a time skipped when clocks go forward', () => expect(utc('2026-03-08T02:30', 'America/New_York')).toBe('nonexistent'));
  it('refuses a whole day a zone skipped (Samoa, 30 December 2011)', () => expect(utc('2011-12-30T12:00', 'Pacific/Apia')).toBe('nonexistent'));
  it('takes the first of a time that occurs twice when clocks go back', () =>
    expect(utc('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'));

  it.each(['2026-02-30T09:00', '2026-09-14T24:00', '2026-09-14T09:60', '2026-09-14 09:00', '14/09/2026 09:00', ''])('refuses malformed %j', (local) =>
    expect(utc(local, 'Asia/Kabul')).toBe('malformed'),
  );
});

/** The wall time of an instant in a zone, read by Intl: an oracle independent of the code under test. */
const wallTime = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(date)
    .replace(' ', 'T');

describe('zonedLocalToUtc round trip', () => {
  it('lands on the same wall time in every offered zone', () => {
    for (const zone of cohortTimeZones) {
      const result = zonedLocalToUtc('2026-10-05T14:45', zone);
      expect(result.ok && wallTime(result.date, zone), zone).toBe('2026-10-05T14:45');
    }
  });
});

describe('offsets', () => {
  const at = new Date('2026-09-14T00:00:00Z');
  it.each([
    ['Asia/Kabul', 270, 'UTC+04:30'],
    ['Pacific/Tongatapu', 780, 'UTC+13:00'],
    ['America/New_York', -240, 'UTC−04:00'],
    ['UTC', 0, 'UTC'],
  ])('%s is %d minutes (%s)', (zone, minutes, label) => {
    expect(utcOffsetMinutes(zone, at)).toBe(minutes);
    expect(utcOffsetLabel(zone, at)).toBe(label);
  });
});

describe('cohortTimeZones', () => {
  it('are all known to the runtime (canonical or alias)', () => {
    for (const zone of cohortTimeZones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
  });
  it('include the zones the programme meets in', () => {
    for (const zone of ['Asia/Kabul', 'Asia/Seoul', 'Asia/Almaty', 'Pacific/Fiji', 'Pacific/Tongatapu', 'UTC']) expect(isCohortTimeZone(zone)).toBe(true);
    expect(isCohortTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
