'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { saveAttendance } from '@/db/queries/attendance';
import { getEvent } from '@/db/queries/events';
import { failed, invalid, ok } from '@/lib/actions/action-state';
import { formAction, textFields } from '@/lib/actions/form-action';
import { requireCohortApi } from '@/lib/auth/guards';
import { changeEvent, scheduleEvent } from '@/lib/commands/schedule-event';
import { attendanceOpen, eventTimes } from '@/lib/domain/events';
import { attendanceSchema, eventChangeSchema, eventFields, eventSchema } from '@/lib/validation/cohorts';

/** Schedules an event (notifying the cohort); its local times are read in the cohort's time zone and stored in UTC. */
export const createEventAction = formAction('cohorts:manage', eventSchema, (input, { user, values }) => {
  const cohort = requireCohortApi('manage', user, input.cohortId);
  const times = eventTimes(input.startsAt, input.endsAt, cohort.timeZone);
  if (!times.ok) {
    return invalid(Object.fromEntries(Object.entries(times.problems).map(([field, problem]) => [field, { key: `time.${problem}` }])), values);
  }
  const { cohortId: _cohortId, startsAt: _start, endsAt: _end, ...details } = input;
  const id = scheduleEvent({ ...details, cohortId: cohort.id, startsAt: times.startsAt, endsAt: times.endsAt }, user.id, new Date());
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  redirect(`/manage/cohorts/${cohort.id}/events/${id}`);
});

/** Changes an event (notifying the cohort when its title, time, place or link changed), then shows it. */
export const changeEventAction = formAction(
  'cohorts:manage',
  eventChangeSchema,
  (input, { user, values }) => {
    const cohort = requireCohortApi('manage', user, input.cohortId);
    const times = eventTimes(input.startsAt, input.endsAt, cohort.timeZone);
    if (!times.ok) {
      return invalid(Object.fromEntries(Object.entries(times.problems).map(([field, problem]) => [field, { key: `time.${problem}` }])), values);
    }
    const { cohortId: _cohortId, eventId, startsAt: _start, endsAt: _end, ...details } = input;
    if (!changeEvent(eventId, { ...details, cohortId: cohort.id, startsAt: times.startsAt, endsAt: times.endsAt }, user.id, new Date())) return failed('event-not-found', undefined, values);
    revalidatePath(`/manage/cohorts/${cohort.id}`);
    redirect(`/manage/cohorts/${cohort.id}/events/${eventId}`);
  },
  { read: (form) => textFields(form, [...eventFields, 'eventId']) },
);

/** The attendance form: one radio group `status-<userId>` per trainee; unanswered groups are left out. */
function readAttendance(form: FormData) {
  const entries = [...form.entries()]
    .filter(([key, value]) => key.startsWith('status-') && value !== '')
    .map(([key, value]) => ({ userId: key.slice('status-'.length), status: value }));
  return { cohortId: form.get('cohortId'), eventId: form.get('eventId'), entries };
}

/** Records present / absent / excused for the trainees chosen on the form, in one transaction. */
export const saveAttendanceAction = formAction(
  'cohorts:manage',
  attendanceSchema,
  (input, { user }) => {
    const cohort = requireCohortApi('manage', user, input.cohortId);
    const event = getEvent(input.eventId);
    if (!event || event.cohortId !== cohort.id) return failed('event-not-found');
    const now = new Date();
    if (!attendanceOpen(event, now)) return failed('attendance-not-open');
    if (input.entries.length === 0) return failed('attendance-empty');
    const result = saveAttendance(input, user.id, now);
    if (!result.ok) return failed('not-a-cohort-trainee');
    revalidatePath(`/manage/cohorts/${cohort.id}/events/${event.id}`);
    return ok({ count: result.saved });
  },
  { read: readAttendance, invalidKey: 'invalid' },
);
