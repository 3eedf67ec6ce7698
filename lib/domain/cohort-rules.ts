/**
 * Rules for cohorts: their dates. Who may reach a cohort is in cohort-access.ts.
 */

export const cohortRoles = ['trainee', 'instructor', 'manager'] as const;
export type CohortRole = (typeof cohortRoles)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_COHORT_DAYS = 5 * 366;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export type CohortDateProblem = 'ends-before-start' | 'too-long' | 'target-before-start' | 'target-after-end';

/**
 * How the three dates of a cohort fit together: it ends on or after its start
 * (within five years), and its completion target falls within the cohort.
 * Expects well-formed dates (see isCalendarDate).
 */
export function cohortDateProblems(dates: { startsOn: string; endsOn: string; targetOn: string }): Partial<
  Record<'endsOn' | 'targetOn', CohortDateProblem>
> {
  const problems: Partial<Record<'endsOn' | 'targetOn', CohortDateProblem>> = {};
  const length = daysBetween(dates.startsOn, dates.endsOn);
  if (length < 0) problems.endsOn = 'ends-before-start';
  else if (length > MAX_COHORT_DAYS) problems.endsOn = 'too-long';
  if (dates.targetOn < dates.startsOn) problems.targetOn = 'target-before-start';
  else if (length >= 0 && dates.targetOn > dates.endsOn) problems.targetOn = 'target-after-end';
  return problems;
}
