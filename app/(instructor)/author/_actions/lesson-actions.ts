'use server';

import { revalidatePath } from 'next/cache';
import { saveLesson } from '@/db/queries/authoring-lessons';
import { invalid } from '@/lib/actions/action-state';
import { formAction, textFields } from '@/lib/actions/form-action';
import { requireEditableLessonApi } from '@/lib/auth/guards';
import { resolveLessonFiles } from '@/lib/authoring/lesson-files';
import { jsonField, lessonSchema } from '@/lib/validation/authoring';
import { fromSave } from './state';

function readLesson(form: FormData) {
  return {
    ...textFields(form, ['lessonId', 'revision', 'title', 'summary', 'minutes', 'body']),
    required: form.get('required') === 'on' ? 'on' : '',
    lecture: jsonField(form, 'lecture'),
    attachments: jsonField(form, 'attachments'),
  };
}

/**
 * Saves a draft lesson. The save names the revision the editor loaded; if
 * someone saved since, nothing is written and the editor keeps the text. The
 * module comes from the lesson itself, never from the form.
 */
export const saveLessonAction = formAction(
  'content:author',
  lessonSchema,
  (input, { user }) => {
    const { lessonId, module: owned } = requireEditableLessonApi(user, input.lessonId);
    const files = resolveLessonFiles(owned.slug, input);
    if (!files.ok) return invalid(files.errors);
    const { title, summary, minutes, required, body } = input;
    const result = saveLesson(
      lessonId,
      input.revision,
      { title, summary, minutes, required, bodyMarkdown: body, lecture: files.lecture, attachments: files.attachments },
      user.id,
      new Date(),
    );
    revalidatePath(`/author/modules/${owned.id}`);
    return fromSave(result, 'lessonSaved');
  },
  { read: readLesson, errors: { 'invalid:lesson': 'lesson-gone', 'not-found': 'lesson-gone' } },
);
