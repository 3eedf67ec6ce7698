'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { addLesson, deleteLesson, moveLesson } from '@/db/queries/authoring-lessons';
import { createModule, updateModuleMeta } from '@/db/queries/authoring-modules';
import { failed, type ActionState } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireEditableLessonApi, requireEditableModuleApi } from '@/lib/auth/guards';
import { parseRevision } from '@/lib/domain/draft-revision';
import { createModuleSchema, moveSchema, newLessonSchema, updateModuleSchema } from '@/lib/validation/authoring';
import { fromSave, type SavedDraft } from './state';

/** Creates a module owned by the signed-in author, then opens its editor. */
export const createModuleAction = formAction(
  'content:author',
  createModuleSchema,
  (input, { user }): ActionState<SavedDraft> => {
    const created = createModule(input, user.id, new Date());
    revalidatePath('/author');
    redirect(`/author/modules/${created.id}`);
  },
  { errors: { 'invalid:programme': 'programme-unknown' } },
);

/** Saves module metadata, unless someone else changed it since the form loaded. */
export const updateModuleAction = formAction('content:author', updateModuleSchema, (input, { user }) => {
  requireEditableModuleApi(user, input.moduleId);
  const result = updateModuleMeta(input.moduleId, input.revision, input, user.id, new Date());
  revalidatePath(`/author/modules/${input.moduleId}`);
  return fromSave(result, 'moduleSaved');
});

/** Adds a lesson at the end and opens its editor. */
export const addLessonAction = formAction('content:author', newLessonSchema, (input, { user }): ActionState<SavedDraft> => {
  requireEditableModuleApi(user, input.moduleId);
  const lessonId = addLesson(input.moduleId, input.title, user.id, new Date());
  revalidatePath(`/author/modules/${input.moduleId}`);
  redirect(`/author/modules/${input.moduleId}/lessons/${lessonId}`);
});

/** Moves a lesson one place up or down. */
export const moveLessonAction = formAction(
  'content:author',
  moveSchema,
  (input, { user }) => {
    requireEditableModuleApi(user, input.moduleId);
    const result = moveLesson(input.moduleId, input.id, input.direction, input.seen, user.id, new Date());
    revalidatePath(`/author/modules/${input.moduleId}`);
    return result ? fromSave(result, 'lessonMoved') : failed('cannot-move');
  },
  { invalidKey: 'stale-form' },
);

const deleteLessonSchema = z.object({ lessonId: z.string(), revision: z.string() });

/** Deletes a lesson that has not changed since the list was loaded. The module comes from the lesson itself, never from the form. */
export const deleteLessonAction = formAction(
  'content:author',
  deleteLessonSchema,
  (input, { user }) => {
    const { lessonId, module: owned } = requireEditableLessonApi(user, input.lessonId);
    const revision = parseRevision(input.revision);
    if (revision === null) return failed('stale-form');
    const result = deleteLesson(lessonId, revision, user.id, new Date());
    revalidatePath(`/author/modules/${owned.id}`);
    return fromSave(result, 'lessonDeleted');
  },
  { errors: { 'invalid:lesson': 'lesson-gone', 'not-found:lesson': 'lesson-gone' } },
);
