'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { moduleIdOfLesson } from '@/db/queries/authoring-access';
import { addLesson, deleteLesson, moveLesson } from '@/db/queries/authoring-lessons';
import { createModule, updateModuleMeta } from '@/db/queries/authoring-modules';
import { requireEditableModule } from '@/lib/authoring/access';
import { requirePermission } from '@/lib/auth/dal';
import { parseRevision } from '@/lib/domain/draft-revision';
import { AppError } from '@/lib/errors';
import { createModuleSchema, fieldErrors, moveSchema, newLessonSchema, updateModuleSchema } from '@/lib/validation/authoring';
import { formError, fromSave, idField, textFields, type EditState } from './state';

const metaFields = ['title', 'summary', 'objectives', 'selfEnrol', 'programmeId', 'moduleId', 'revision'] as const;

function metaInput(form: FormData) {
  const fields = textFields(form, metaFields);
  return { ...fields, selfEnrol: form.get('selfEnrol') === 'on' ? 'on' : '' };
}

/** Creates a module owned by the signed-in author, then opens its editor. */
export async function createModuleAction(_prev: EditState, form: FormData): Promise<EditState> {
  const user = await requirePermission('content:author');
  const raw = metaInput(form);
  const input = createModuleSchema.safeParse(raw);
  if (!input.success) return { status: 'invalid', errors: fieldErrors(input.error.issues, raw) };
  let created;
  try {
    created = createModule(input.data, user.id, new Date());
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid:programme')
      return { status: 'invalid', errors: { programmeId: { key: 'programme-unknown' } } };
    throw error;
  }
  revalidatePath('/author');
  redirect(`/author/modules/${created.id}`);
}

/** Saves module metadata, unless someone else changed it since the form loaded. */
export async function updateModuleAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user } = await requireEditableModule(idField(form, 'moduleId'));
  const raw = metaInput(form);
  const input = updateModuleSchema.safeParse(raw);
  if (!input.success) return { status: 'invalid', errors: fieldErrors(input.error.issues, raw) };
  const result = updateModuleMeta(input.data.moduleId, input.data.revision, input.data, user.id, new Date());
  revalidatePath(`/author/modules/${input.data.moduleId}`);
  return fromSave(result, 'moduleSaved');
}

/** Adds a lesson at the end and opens its editor. */
export async function addLessonAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user } = await requireEditableModule(idField(form, 'moduleId'));
  const raw = textFields(form, ['moduleId', 'title']);
  const input = newLessonSchema.safeParse(raw);
  if (!input.success) return { status: 'invalid', errors: fieldErrors(input.error.issues, raw) };
  const lessonId = addLesson(input.data.moduleId, input.data.title, user.id, new Date());
  revalidatePath(`/author/modules/${input.data.moduleId}`);
  redirect(`/author/modules/${input.data.moduleId}/lessons/${lessonId}`);
}

/** Moves a lesson one place up or down. */
export async function moveLessonAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user } = await requireEditableModule(idField(form, 'moduleId'));
  const input = moveSchema.safeParse(textFields(form, ['moduleId', 'id', 'direction', 'seen']));
  if (!input.success) return formError('stale-form');
  const result = moveLesson(input.data.moduleId, input.data.id, input.data.direction, input.data.seen, user.id, new Date());
  revalidatePath(`/author/modules/${input.data.moduleId}`);
  return result ? fromSave(result, 'lessonMoved') : formError('cannot-move');
}

/** Deletes a lesson that has not changed since the list was loaded. */
export async function deleteLessonAction(_prev: EditState, form: FormData): Promise<EditState> {
  const lessonId = idField(form, 'lessonId');
  // The module comes from the lesson itself, never from the form.
  const moduleId = moduleIdOfLesson(lessonId);
  if (moduleId === null) {
    await requirePermission('content:author');
    return formError('lesson-gone');
  }
  const { user } = await requireEditableModule(moduleId);
  const revision = parseRevision(form.get('revision'));
  if (revision === null) return formError('stale-form');
  try {
    const result = deleteLesson(lessonId, revision, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}`);
    return fromSave(result, 'lessonDeleted');
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return formError('lesson-gone');
    throw error;
  }
}
