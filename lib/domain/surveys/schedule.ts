/**
 * When a survey can be answered. Opening and closing times are entered as
 * the cohort's local date and time and stored in UTC (as events are). What
 * the survey is about can delay the opening further:
 * - an event's survey opens when the event ends, never before;
 * - a module's survey is offered to a trainee once they complete the module;
 * - a cohort's survey opens at its opening time (set to the end of the cohort).
 * A response may be saved and changed while the survey is open, and not after.
 */
import { zonedLocalToUtc } from '../time-zone';
import type { SurveyTargetKind } from './questions';

export type SurveyScheduleProblem = 'malformed' | 'nonexistent' | 'close-not-after-open';

export type SurveySchedule =
  | { ok: true; opensAt: Date; closesAt: Date }
  | { ok: false; problems: Partial<Record<'opensAt' | 'closesAt', SurveyScheduleProblem>> };

/** The local opening and closing ("YYYY-MM-DDTHH:mm" in the cohort's zone) as UTC instants; it must close after it opens. */
export function surveySchedule(opensLocal: string, closesLocal: string, timeZone: string): SurveySchedule {
  const opens = zonedLocalToUtc(opensLocal, timeZone);
  const closes = zonedLocalToUtc(closesLocal, timeZone);
  const problems: Partial<Record<'opensAt' | 'closesAt', SurveyScheduleProblem>> = {};
  if (!opens.ok) problems.opensAt = opens.problem;
  if (!closes.ok) problems.closesAt = closes.problem;
  if (!opens.ok || !closes.ok) return { ok: false, problems };
  if (closes.date.getTime() <= opens.date.getTime()) return { ok: false, problems: { closesAt: 'close-not-after-open' } };
  return { ok: true, opensAt: opens.date, closesAt: closes.date };
}

/** What the survey is about, as far as its opening is concerned, for one trainee. */
export type SurveyTargetState =
  | { kind: 'event'; eventEndsAt: Date }
  | { kind: 'module'; completed: boolean }
  | { kind: 'cohort' };

/** A stored survey's target as the schedule rule reads it; `moduleCompleted` is the trainee's own. */
export function targetStateOf(survey: { targetKind: SurveyTargetKind; eventEndsAt: Date | null }, moduleCompleted: boolean): SurveyTargetState {
  if (survey.targetKind === 'event' && survey.eventEndsAt) return { kind: 'event', eventEndsAt: survey.eventEndsAt };
  if (survey.targetKind === 'module') return { kind: 'module', completed: moduleCompleted };
  return { kind: 'cohort' };
}

/** scheduled: not open yet; not-offered: a module survey before the trainee completes the module. */
export type SurveyState = 'scheduled' | 'not-offered' | 'open' | 'closed';

/** When the survey really opens: an event's survey never before the event has ended. */
export function effectiveOpening(survey: { opensAt: Date }, target: SurveyTargetState): Date {
  if (target.kind === 'event' && target.eventEndsAt.getTime() > survey.opensAt.getTime()) return target.eventEndsAt;
  return survey.opensAt;
}

/** Where a survey stands for one trainee at `now`. */
export function surveyState(survey: { opensAt: Date; closesAt: Date }, target: SurveyTargetState, now: Date): SurveyState {
  if (now.getTime() >= survey.closesAt.getTime()) return 'closed';
  if (now.getTime() < effectiveOpening(survey, target).getTime()) return 'scheduled';
  if (target.kind === 'module' && !target.completed) return 'not-offered';
  return 'open';
}

/** A trainee may save (draft or submitted) answers only while the survey is open to them. */
export function canSaveResponse(state: SurveyState): boolean {
  return state === 'open';
}

/** An instant as the local "YYYY-MM-DDTHH:mm" of a zone, to fill a datetime-local field. */
export function zonedLocalInput(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
