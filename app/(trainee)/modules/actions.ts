'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { isEnrolled } from '@/db/queries/enrolment';
import { getProgramme } from '@/db/queries/programmes';
import { getPublishedModule } from '@/db/queries/published';
import { ownAttemptWithQuiz } from '@/lib/attempt-context';
import { requirePermission } from '@/lib/auth/dal';
import { closeExpiredAttempt } from '@/lib/commands/close-attempt';
import { enrolInModule, enrolInProgramme } from '@/lib/commands/enrol';
import { startAttempt } from '@/lib/commands/start-attempt';
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
  enrolInModule({ userId: user.id, moduleId: courseModule.id, source: 'self', now: new Date() });
  revalidatePath('/learn');
  redirect(`/modules/${courseModule.slug}`);
}

/** Self-enrolment in a whole programme: every module of it. */
export async function enrolInProgrammeAction(_prev: LearningActionState, form: FormData): Promise<LearningActionState> {
  const user = await requirePermission('learning:enrol');
  const programme = getProgramme(slugFrom(form, 'programme'));
  if (!programme) return { status: 'error', message: 'not-found' };
  enrolInProgramme({ userId: user.id, programmeId: programme.id, source: 'self', now: new Date() });
  revalidatePath('/learn');
  return { status: 'idle' };
}

/** Starts (or resumes) an attempt at the module's quiz, then opens it. */
export async function startAttemptAction(_prev: LearningActionState, form: FormData): Promise<LearningActionState> {
  const user = await requirePermission('learning:view');
  const courseModule = getPublishedModule(slugFrom(form, 'module'));
  if (!courseModule || !isEnrolled(user.id, courseModule.id)) return { status: 'error', message: 'not-found' };
  try {
    startAttempt({ userId: user.id, module: courseModule, now: new Date() });
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict:attempt-limit') return { status: 'error', message: 'limit-reached' };
    throw error;
  }
  redirect(`/modules/${courseModule.slug}/quiz`);
}

/**
 * Closes the trainee's attempt whose time ran out (the quiz page only shows
 * that it did: a page never writes), grading what was saved, then opens its result.
 */
export async function closeExpiredAttemptAction(_prev: LearningActionState, form: FormData): Promise<LearningActionState> {
  const user = await requirePermission('learning:view');
  const slug = slugFrom(form, 'module');
  const attemptId = form.get('attempt');
  let context;
  try {
    context = ownAttemptWithQuiz(typeof attemptId === 'string' ? attemptId : '', user.id);
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: 'not-found' };
    throw error;
  }
  closeExpiredAttempt({ ...context, userId: user.id, now: new Date() });
  redirect(`/modules/${slug}/quiz/attempts/${context.attempt.id}`);
}
