'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getProgramme } from '@/db/queries/programmes';
import { getPublishedModule } from '@/db/queries/published';
import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireEnrolledModuleApi, requireOwnAttemptApi } from '@/lib/auth/guards';
import { closeExpiredAttempt } from '@/lib/commands/close-attempt';
import { enrolInModule, enrolInProgramme } from '@/lib/commands/enrol';
import { startAttempt } from '@/lib/commands/start-attempt';
import { slugSchema } from '@/lib/validation/learning';

/* Errors are catalog keys under `learningErrors`. A malformed slug can only come from a tampered form. */
const moduleForm = z.object({ module: slugSchema });
const programmeForm = z.object({ programme: slugSchema });

/** Self-enrolment in a published module that is open for it. */
export const enrolInModuleAction = formAction(
  'learning:enrol',
  moduleForm,
  (input, { user }) => {
    const courseModule = getPublishedModule(input.module);
    if (!courseModule) return failed('not-found');
    if (!courseModule.selfEnrol) return failed('closed');
    enrolInModule({ userId: user.id, moduleId: courseModule.id, source: 'self', now: new Date() });
    revalidatePath('/learn');
    redirect(`/modules/${courseModule.slug}`);
  },
  { invalidKey: 'not-found' },
);

/** Self-enrolment in a whole programme: every module of it. */
export const enrolInProgrammeAction = formAction(
  'learning:enrol',
  programmeForm,
  (input, { user }) => {
    const programme = getProgramme(input.programme);
    if (!programme) return failed('not-found');
    enrolInProgramme({ userId: user.id, programmeId: programme.id, source: 'self', now: new Date() });
    revalidatePath('/learn');
    return ok(null);
  },
  { invalidKey: 'not-found' },
);

/** Starts (or resumes) an attempt at the module's quiz, then opens it. */
export const startAttemptAction = formAction(
  'learning:view',
  moduleForm,
  (input, { user }) => {
    const courseModule = requireEnrolledModuleApi(user, input.module);
    startAttempt({ userId: user.id, module: courseModule, now: new Date() });
    redirect(`/modules/${courseModule.slug}/quiz`);
  },
  { invalidKey: 'not-found', errors: { 'conflict:attempt-limit': 'limit-reached', 'forbidden:not-enrolled': 'not-found' } },
);

/**
 * Closes the trainee's attempt whose time ran out (the quiz page only shows
 * that it did: a page never writes), grading what was saved, then opens its result.
 */
export const closeExpiredAttemptAction = formAction(
  'learning:view',
  z.object({ module: slugSchema, attempt: z.string() }),
  (input, { user }) => {
    const context = requireOwnAttemptApi(user, input.attempt);
    closeExpiredAttempt({ ...context, userId: user.id, now: new Date() });
    redirect(`/modules/${input.module}/quiz/attempts/${context.attempt.id}`);
  },
  { invalidKey: 'not-found', errors: { 'not-found': 'not-found', forbidden: 'not-found' } },
);
