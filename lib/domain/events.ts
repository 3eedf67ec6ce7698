/**
 * Rules for cohort events: their times (entered in the cohort's time zone,
 * stored in UTC) and when attendance may be recorded.
 */
import { zonedLocalToUtc } from './time-zone';

export const eventKinds = ['workshop', 'seminar', 'discussion', 'study-tour', 'lecture'] as const;
export type EventKind = (typeof eventKinds)[number];
export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const MAX_EVENT_DAYS = 60;

export type EventTimeProblem = 'malformed' | 'nonexistent' | 'end-not-after-start' | 'too-long';

export type EventTimes =
  | { ok: true; startsAt: Date; endsAt: Date }
  | { ok: false; problems: Partial<Record<'startsAt' | 'endsAt', EventTimeProblem>> };

/**
 * Turns the local start and end ("YYYY-MM-DDTHH:mm" in the cohort's zone)
 * into UTC instants; the end must come after the start, and a study tour may
 * last at most 60 days.
 */
export function eventTimes(startLocal: string, endLocal: string, timeZone: string): EventTimes {
  const start = zonedLocalToUtc(startLocal, timeZone);
  const end = zonedLocalToUtc(endLocal, timeZone);
  const problems: Partial<Record<'startsAt' | 'endsAt', EventTimeProblem>> = {};
  if (!start.ok) problems.startsAt = start.problem;
  if (!end.ok) problems.endsAt = end.problem;
  if (!start.ok || !end.ok) return { ok: false, problems };
  const length = end.date.getTime() - start.date.getTime();
  if (length <= 0) return { ok: false, problems: { endsAt: 'end-not-after-start' } };
  if (length > MAX_EVENT_DAYS * 86_400_000) return { ok: false, problems: { endsAt: 'too-long' } };
  return { ok: true, startsAt: start.date, endsAt: end.date };
}

/** Attendance is recorded once an event has begun, not for one still to come. */
export function attendanceOpen(event: { startsAt: Date }, now: Date): boolean {
  return event.startsAt.getTime() <= now.getTime();
}

/** Upcoming, for a trainee's list: not yet over. */
export function isUpcoming(event: { endsAt: Date }, now: Date): boolean {
  return event.endsAt.getTime() > now.getTime();
}

/** Happening now: begun and not over. */
export function isOngoing(event: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  return attendanceOpen(event, now) && isUpcoming(event, now);
}
