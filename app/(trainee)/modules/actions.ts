'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { startAttempt } from '@/db/queries/attempts';
import { enrolInModule, enrolInProgramme, isEnrolled } from '@/db/queries/enrolment';
import { getProgramme } from '@/db/queries/programmes';
import { getPublishedModule } from '@/db/queries/published';
import { requirePermission } from '@/lib/auth/dal';
import { AppError } from '@/lib/errors';
import { slugSchema } from '@/lib/validation/learning';

export type LearningActionState = { status: 'idle' } | { status: 'error'; message: string };

function slugFrom(form: FormData, field: string): string {
  const slug = slugSchema.safeParse(form.get(field));
  if (!slug.success) throw new AppError('invalid:slug', 'Malformed request.');
  return slug.data;
}

/** Self-enrolment in a published module that is open for it. */
export async function enrolInModuleAction(_prev: LearningActionState, form: FormData): Promise<LearningActionState> {
  const user = await requirePermission('learning:enrol');
  const courseModule = getPublishedModule(slugFrom(form, 'module'));
  if (!courseModule) return { status: 'error', message: 'not-found' };
  if (!courseModule.selfEnrol) return { status: 'error', message: 'closed' };
  enrolInModule(user.id, courseModule.id, 'self');
  revalidatePath('/learn');
  redirect(`/modules/${courseModule.slug}`);
}

/** Self-enrolment in a whole programme: every module of it. */
export async function enrolInProgrammeAction(_prev: LearningActionState, form: FormData): Promise<LearningActionState> {
  const user = await requirePermission('learning:enrol');
  const programme = getProgramme(slugFrom(form, 'programme'));
  if (!programme) return { status: 'error', message: 'not-found' };
  enrolInProgramme(user.id, programme.id, 'self');
  revalidatePath('/learn');
  return { status: 'idle' };
}

/** Starts (or resumes) an attempt at the module's quiz, then opens it. */
export async function startAttemptAction(_prev: LearningActionState, form: FormData): Promise<LearningActionState> {
  const user = await requirePermission('learning:view');
  const courseModule = getPublishedModule(slugFrom(form, 'module'));
  if (!courseModule || !isEnrolled(user.id, courseModule.id)) return { status: 'error', message: 'not-found' };
  try {
    startAttempt(user.id, courseModule, new Date());
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict:attempt-limit') return { status: 'error', message: 'limit-reached' };
    throw error;
  }
  redirect(`/modules/${courseModule.slug}/quiz`);
}
