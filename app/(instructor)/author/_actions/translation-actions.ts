'use server';

import { revalidatePath } from 'next/cache';
import { saveLessonCaptionsTranslation, saveLessonTranslation, saveModuleTranslation, saveQuizTranslation } from '@/lib/commands/save-translation';
import { uploadLimits } from '@/lib/authoring/files';
import { checkTranslatedCaptions } from '@/lib/content/translated-captions';
import { failed, invalid, ok } from '@/lib/actions/action-state';
import { formAction, textFields } from '@/lib/actions/form-action';
import { requireEditableLessonApi, requireEditableModuleApi } from '@/lib/auth/guards';
import { lessonCaptionsFormSchema, lessonTranslationFormSchema, moduleTranslationFormSchema, quizTranslationFormSchema } from '@/lib/validation/translation-forms';
import { saved } from './state';

const translationsPath = (moduleId: number) => `/author/modules/${moduleId}/translations`;

/** Saves a module's title, summary, objectives and quiz title in Dari or Pashto (draft only). */
export const saveModuleTranslationAction = formAction('content:author', moduleTranslationFormSchema, (input, { user }) => {
  const owned = requireEditableModuleApi(user, input.moduleId);
  const { title, summary, objectives } = input;
  saveModuleTranslation({ moduleId: owned.id, locale: input.locale, text: { title, summary, objectives }, quizTitle: input.quizTitle || null, now: new Date() });
  revalidatePath(translationsPath(owned.id));
  return saved('', 'translationSaved');
});

/** Saves one lesson's text in Dari or Pashto (draft only). The module comes from the lesson, never from the form. */
export const saveLessonTranslationAction = formAction('content:author', lessonTranslationFormSchema, (input, { user }) => {
  const { lessonId, module: owned } = requireEditableLessonApi(user, input.lessonId);
  const row = { title: input.title, summary: input.summary, bodyMarkdown: `${input.body.trimEnd()}\n`, lectureTitle: input.lectureTitle || null };
  saveLessonTranslation({ lessonId, locale: input.locale, row, now: new Date() });
  revalidatePath(translationsPath(owned.id));
  return saved('', 'translationSaved');
});

/**
 * Uploads (or removes) one lesson's lecture captions in Dari or Pashto
 * (`lecture.<locale>.vtt`), checked like every captions upload (name, size,
 * content, WebVTT cues) and kept with the draft translation until publishing.
 * Messages are keys under `translationCaptions` (refusals of the file under `upload.`).
 */
export const saveLessonCaptionsAction = formAction('content:author', lessonCaptionsFormSchema, async (input, { user, form }) => {
  const { lessonId, module: owned } = requireEditableLessonApi(user, input.lessonId);
  let captionsVtt: string | null = null;
  if (input.intent === 'upload') {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return failed('file-required');
    const checked = checkTranslatedCaptions(file.name, new Uint8Array(await file.arrayBuffer()), uploadLimits());
    if (!checked.ok) return 'refusal' in checked ? failed(`upload.${checked.refusal.code}`, checked.refusal.values) : failed('upload.captions-invalid', checked.invalid);
    captionsVtt = checked.vtt;
  }
  const outcome = saveLessonCaptionsTranslation({ lessonId, locale: input.locale, captionsVtt, now: new Date() });
  if (!outcome.ok) return failed(outcome.refusal);
  revalidatePath(translationsPath(owned.id), 'layout');
  return ok(null, input.intent === 'upload' ? 'saved' : 'removed');
}, { invalidKey: 'invalid' });

/** The quiz form posts its questions as one JSON field (rows of texts in English order). */
function readQuiz(form: FormData) {
  const fields = textFields(form, ['moduleId', 'locale', 'questions']);
  let questions: unknown = null;
  try {
    questions = JSON.parse(fields.questions);
  } catch {
    // Left null: the schema reports the field as invalid.
  }
  return { ...fields, questions };
}

/** Saves the quiz's question texts in Dari or Pashto (draft only); option counts must match English. */
export const saveQuizTranslationAction = formAction(
  'content:author',
  quizTranslationFormSchema,
  (input, { user }) => {
    const owned = requireEditableModuleApi(user, input.moduleId);
    const result = saveQuizTranslation({ ...input, moduleId: owned.id, now: new Date() });
    if (!result.ok) return invalid({ form: { key: 'translation-structure' } });
    revalidatePath(translationsPath(owned.id));
    return saved('', 'translationSaved');
  },
  { read: readQuiz },
);
