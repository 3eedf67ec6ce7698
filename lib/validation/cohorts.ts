import { z } from 'zod';
import { cohortDateProblems, isCalendarDate } from '@/lib/domain/cohort-rules';
import { attendanceStatuses, eventKinds } from '@/lib/domain/events';
import { isCohortTimeZone } from '@/lib/domain/time-zone';
import { emailSchema, newPasswordSchema } from './auth';
import { locales } from '@/lib/i18n/config';

/** Messages are catalog keys under `cohortErrors`. */
const id = z.coerce.number({ error: 'invalid' }).int('invalid').positive('invalid');
const shortText = z.string().trim().max(120, 'field-too-long');
const calendarDate = z.string().trim().refine(isCalendarDate, 'date-invalid');

export const cohortIdSchema = id;

export const createCohortSchema = z
  .object({
    name: z.string().trim().min(1, 'name-required').max(120, 'name-too-long'),
    programmeId: z.coerce.number({ error: 'programme-required' }).int('programme-required').positive('programme-required'),
    startsOn: calendarDate,
    endsOn: calendarDate,
    targetOn: calendarDate,
    timeZone: z.string().refine(isCohortTimeZone, 'time-zone-invalid'),
  })
  .superRefine((value, ctx) => {
    for (const [field, problem] of Object.entries(cohortDateProblems(value))) ctx.addIssue({ code: 'custom', path: [field], message: problem });
  });
export type CreateCohortInput = z.infer<typeof createCohortSchema>;

/** Adding one trainee by email; the profile fields matter only for a new account. */
export const addTraineeSchema = z.object({
  cohortId: id,
  email: emailSchema,
  name: shortText,
  country: shortText,
  ministry: shortText,
  jobTitle: shortText,
  language: z.enum(locales, { error: 'language-invalid' }),
});

export const addInstructorSchema = z.object({ cohortId: id, userId: z.coerce.number({ error: 'instructor-required' }).int().positive('instructor-required') });

export const reissueLinkSchema = z.object({ cohortId: id, userId: id });

const httpUrl = z
  .string()
  .trim()
  .max(500, 'url-too-long')
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'url-invalid');

/** An event form: times as the cohort's local "YYYY-MM-DDTHH:mm"; a place, a link, or both. */
export const eventSchema = z
  .object({
    cohortId: id,
    title: z.string().trim().min(1, 'title-required').max(160, 'title-too-long'),
    kind: z.enum(eventKinds, { error: 'kind-invalid' }),
    startsAt: z.string().trim().min(1, 'start-required'),
    endsAt: z.string().trim().min(1, 'end-required'),
    location: z.string().trim().max(200, 'location-too-long'),
    url: httpUrl,
    description: z.string().trim().max(4000, 'description-too-long'),
  })
  .refine((value) => value.location !== '' || value.url !== '', { path: ['location'], message: 'place-or-link-required' });
export type EventInput = z.infer<typeof eventSchema>;

/** The fields of the event form, for actions that read them beside others. */
export const eventFields = ['cohortId', 'title', 'kind', 'startsAt', 'endsAt', 'location', 'url', 'description'] as const;

/** Changing an event: the same fields, and which event. */
export const eventChangeSchema = z.intersection(eventSchema, z.object({ eventId: id }));

export const attendanceSchema = z.object({
  cohortId: id,
  eventId: id,
  entries: z.array(z.object({ userId: id, status: z.enum(attendanceStatuses, { error: 'status-invalid' }) })).max(5000),
});

export const setPasswordSchema = z
  .object({
    token: z.string({ error: 'link-invalid' }).min(1, 'link-invalid').max(100, 'link-invalid'),
    password: newPasswordSchema,
    confirm: z.string({ error: 'password-mismatch' }),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'password-mismatch' });
