'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { saveAttendance } from '@/db/queries/attendance';
import { createEvent, getEvent } from '@/db/queries/events';
import { requireManagedCohort } from '@/lib/cohort-access';
import { attendanceOpen, eventTimes } from '@/lib/domain/events';
import { attendanceSchema, eventSchema, fieldErrorsOf } from '@/lib/validation/cohorts';
import { formFields } from '@/lib/validation/users';

export type EventFormState = { status: 'idle' } | { status: 'invalid'; fieldErrors: Record<string, string>; values: Record<string, string> };

const eventFields = ['cohortId', 'title', 'kind', 'startsAt', 'endsAt', 'location', 'url', 'description'] as const;

/** Schedules an event; its local times are read in the cohort's time zone and stored in UTC. */
export async function createEventAction(_prev: EventFormState, form: FormData): Promise<EventFormState> {
  const values = formFields(form, eventFields);
  const { user, cohort } = await requireManagedCohort(values.cohortId);
  const input = eventSchema.safeParse(values);
  if (!input.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues), values };
  const times = eventTimes(input.data.startsAt, input.data.endsAt, cohort.timeZone);
  if (!times.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(times.problems).map(([field, problem]) => [field, `time.${problem}`]));
    return { status: 'invalid', fieldErrors, values };
  }
  const { cohortId: _cohortId, startsAt: _start, endsAt: _end, ...details } = input.data;
  const id = createEvent({ ...details, cohortId: cohort.id, startsAt: times.startsAt, endsAt: times.endsAt }, user.id);
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  redirect(`/manage/cohorts/${cohort.id}/events/${id}`);
}

export type AttendanceState = { status: 'idle' } | { status: 'error'; message: string } | { status: 'saved'; count: number };

/** Records present / absent / excused for the trainees chosen on the form, in one transaction. */
export async function saveAttendanceAction(_prev: AttendanceState, form: FormData): Promise<AttendanceState> {
  const { user, cohort } = await requireManagedCohort(form.get('cohortId'));
  const entries = [...form.entries()]
    .filter(([key, value]) => key.startsWith('status-') && value !== '')
    .map(([key, value]) => ({ userId: key.slice('status-'.length), status: value }));
  const input = attendanceSchema.safeParse({ cohortId: cohort.id, eventId: form.get('eventId'), entries });
  if (!input.success) return { status: 'error', message: 'invalid' };
  const event = getEvent(input.data.eventId);
  if (!event || event.cohortId !== cohort.id) return { status: 'error', message: 'event-not-found' };
  const now = new Date();
  if (!attendanceOpen(event, now)) return { status: 'error', message: 'attendance-not-open' };
  if (input.data.entries.length === 0) return { status: 'error', message: 'attendance-empty' };
  const result = saveAttendance(input.data, user.id, now);
  if (!result.ok) return { status: 'error', message: 'not-a-cohort-trainee' };
  revalidatePath(`/manage/cohorts/${cohort.id}/events/${event.id}`);
  return { status: 'saved', count: result.saved };
}
