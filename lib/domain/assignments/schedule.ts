/**
 * When an assignment is due and when a cohort stops taking submissions. The
 * content is shared by every cohort, so a due date belongs to a cohort: its
 * manager or instructor enters it in the cohort's time zone; until then the
 * assignment has none. A cohort closes at the end of its last day, in its
 * time zone: after that nothing is submitted.
 */
import { zonedLocalToUtc, type LocalTimeResult } from '../time-zone';
import { isOutstanding, type SubmissionStatus } from './submission';

/** The due instant of a local date-time ("YYYY-MM-DDTHH:mm") in the cohort's zone. */
export function dueAtFromLocal(local: string, timeZone: string): LocalTimeResult {
  return zonedLocalToUtc(local, timeZone);
}

/** The first instant after the cohort's last day (`endsOn`, YYYY-MM-DD) in its time zone. */
export function cohortClosesAt(endsOn: string, timeZone: string): Date | null {
  const [y, m, d] = endsOn.split('-').map(Number);
  if (!y || !m || !d) return null;
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  const closes = zonedLocalToUtc(`${next}T00:00`, timeZone);
  return closes.ok ? closes.date : null;
}

/** Whether the cohort has closed at `now` (a trainee without a cohort is never closed). */
export function isClosed(closesAt: Date | null, now: Date): boolean {
  return closesAt !== null && now.getTime() >= closesAt.getTime();
}

/** Whether an assignment still to do is past its due date. */
export function isOverdue(status: SubmissionStatus | null, dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && isOutstanding(status) && now.getTime() > dueAt.getTime();
}
