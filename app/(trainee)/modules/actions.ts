'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { startAttempt } from '@/db/queries/attempts';
import { enrolInModule, enrolInProgramme } from '@/db/queries/enrolment';
import { getProgramme } from '@/db/queries/programmes';
import { getPublishedModule } from '@/db/queries/published';
import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireEnrolledModuleApi } from '@/lib/auth/guards';
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
    enrolInModule(user.id, courseModule.id, 'self');
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
    enrolInProgramme(user.id, programme.id, 'self');
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
    startAttempt(user.id, courseModule, new Date());
    redirect(`/modules/${courseModule.slug}/quiz`);
  },
  { invalidKey: 'not-found', errors: { 'conflict:attempt-limit': 'limit-reached', 'forbidden:not-enrolled': 'not-found' } },
);
