/**
 * Which trainees of a cohort need a programme manager's attention.
 *
 * Days are calendar days in the cohort's time zone: "today" is the date `now`
 * falls on there, and `startsOn` / `targetOn` are YYYY-MM-DD in that zone.
 *
 * - Expected pace: the share of the programme a trainee should have done by
 *   today, growing linearly from 0 on `startsOn` to 1 on `targetOn`:
 *   expected = clamp((today − startsOn) / (targetOn − startsOn), 0, 1), in
 *   whole days. Before the start it is 0; on and after the target it is 1.
 *   A target on or before the start day expects everything from that day on.
 * - Behind pace: completed < expected − PACE_TOLERANCE, where `completed` is
 *   the trainee's share of the programme done (0–1, see cohort-dashboard.ts).
 *   The tolerance keeps a trainee a few days behind a straight line from
 *   being flagged. Once the target day has passed, anyone not complete is
 *   behind pace, whatever the tolerance.
 * - Inactive: no learning activity for INACTIVITY_DAYS × 24 hours or more.
 *   Without any activity, the clock runs from the cohort's start (midnight
 *   UTC of `startsOn`), so nobody is inactive in the first 14 days.
 * - Status, first match wins:
 *   'complete'    every required module of the programme is complete;
 *   'at-risk'     the cohort has started and the trainee is inactive or behind pace;
 *   'not-started' no learning activity at all;
 *   'on-track'    everyone else.
 *   Nobody is at risk before the cohort starts.
 */

export const INACTIVITY_DAYS = 14;
/** How far (as a share of the programme) a trainee may trail the expected pace. */
export const PACE_TOLERANCE = 0.1;

export const traineeStatuses = ['complete', 'on-track', 'at-risk', 'not-started'] as const;
export type TraineeStatus = (typeof traineeStatuses)[number];
export type RiskReason = 'inactive' | 'behind-pace';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The cohort's calendar, as far as pace cares. */
export interface CohortCalendar {
  startsOn: string;
  targetOn: string;
  timeZone: string;
}

export interface TraineeStanding {
  /** Every required module complete. */
  complete: boolean;
  /** Share of the programme done, 0–1. */
  completed: number;
  lastActivityAt: Date | null;
}

export interface Assessment {
  status: TraineeStatus;
  reasons: RiskReason[];
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** The calendar date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from `startsOn` to today in the cohort's zone (negative before the start). */
export function elapsedDays(calendar: CohortCalendar, now: Date): number {
  return dayNumber(localDate(now, calendar.timeZone)) - dayNumber(calendar.startsOn);
}

/** Where the cohort's calendar stands at `now`; computed once, then applied to every trainee. */
export interface Pace {
  now: Date;
  started: boolean;
  pastTarget: boolean;
  /** The share of the programme a trainee should have completed by now (0–1). */
  expected: number;
  /** Midnight UTC of the start day: the inactivity clock's origin for trainees without activity. */
  startMs: number;
}

/** The cohort's pace at `now` by the rules at the top of this file. */
export function cohortPace(calendar: CohortCalendar, now: Date): Pace {
  const elapsed = elapsedDays(calendar, now);
  const span = dayNumber(calendar.targetOn) - dayNumber(calendar.startsOn);
  const expected = elapsed < 0 ? 0 : span <= 0 ? 1 : Math.min(1, elapsed / span);
  return { now, started: elapsed >= 0, pastTarget: elapsed > span, expected, startMs: dayNumber(calendar.startsOn) * DAY_MS };
}

/** True when the last activity (or the cohort start, without any) is INACTIVITY_DAYS or more ago. */
export function isInactive(pace: Pace, lastActivityAt: Date | null): boolean {
  const since = lastActivityAt?.getTime() ?? pace.startMs;
  return pace.now.getTime() - since >= INACTIVITY_DAYS * DAY_MS;
}

/** The trainee's status and, when at risk, why; see the rules at the top of this file. */
export function assessTrainee(pace: Pace, standing: TraineeStanding): Assessment {
  if (standing.complete) return { status: 'complete', reasons: [] };
  const reasons: RiskReason[] = [];
  if (pace.started) {
    if (isInactive(pace, standing.lastActivityAt)) reasons.push('inactive');
    if (standing.completed < pace.expected - PACE_TOLERANCE || pace.pastTarget) reasons.push('behind-pace');
  }
  if (reasons.length > 0) return { status: 'at-risk', reasons };
  return { status: standing.lastActivityAt ? 'on-track' : 'not-started', reasons };
}
