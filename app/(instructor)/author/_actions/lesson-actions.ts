'use server';

import { revalidatePath } from 'next/cache';
import { moduleIdOfLesson } from '@/db/queries/authoring-access';
import { saveLesson } from '@/db/queries/authoring-lessons';
import { requireEditableModule } from '@/lib/authoring/access';
import { resolveLessonFiles } from '@/lib/authoring/lesson-files';
import { requirePermission } from '@/lib/auth/dal';
import { AppError } from '@/lib/errors';
import { fieldErrors, jsonField, lessonSchema } from '@/lib/validation/authoring';
import { formError, fromSave, idField, textFields, type EditState } from './state';

/**
 * Saves a draft lesson. The save names the revision the editor loaded; if
 * someone saved since, nothing is written and the editor keeps the text.
 */
export async function saveLessonAction(_prev: EditState, form: FormData): Promise<EditState> {
  const lessonId = idField(form, 'lessonId');
  // The module comes from the lesson itself, never from the form.
  const moduleId = moduleIdOfLesson(lessonId);
  if (moduleId === null) {
    await requirePermission('content:author');
    return formError('lesson-gone');
  }
  const { user, module: owned } = await requireEditableModule(moduleId);
  const raw = {
    ...textFields(form, ['lessonId', 'revision', 'title', 'summary', 'minutes', 'body']),
    required: form.get('required') === 'on' ? 'on' : '',
    lecture: jsonField(form, 'lecture'),
    attachments: jsonField(form, 'attachments'),
  };
  const input = lessonSchema.safeParse(raw);
  if (!input.success) return { status: 'invalid', errors: fieldErrors(input.error.issues, raw) };
  const files = resolveLessonFiles(owned.slug, input.data);
  if (!files.ok) return { status: 'invalid', errors: files.errors };
  const { title, summary, minutes, required, body } = input.data;
  try {
    const result = saveLesson(
      lessonId,
      input.data.revision,
      { title, summary, minutes, required, bodyMarkdown: body, lecture: files.lecture, attachments: files.attachments },
      user.id,
      new Date(),
    );
    revalidatePath(`/author/modules/${moduleId}`);
    return fromSave(result, 'lessonSaved');
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return formError('lesson-gone');
    throw error;
  }
}
