'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createQuestion, deleteQuestion, moveQuestion, saveQuestion } from '@/db/queries/authoring-questions';
import { saveQuizSettings } from '@/db/queries/authoring-quiz';
import { failed, invalid, type ActionState } from '@/lib/actions/action-state';
import { formAction, textFields } from '@/lib/actions/form-action';
import { requireEditableModuleApi } from '@/lib/auth/guards';
import { questionDraftFromForm } from '@/lib/domain/question-builder';
import { jsonField, moveSchema } from '@/lib/validation/authoring';
import { parseQuizSettings, questionFormSchema, validateQuestionForm } from '@/lib/validation/authoring-quiz';
import { fromIssues, fromSave, type SavedDraft } from './state';

const settingsFields = ['title', 'passMark', 'attemptLimit', 'timeLimitMinutes', 'scoring', 'reviewCorrectAnswers', 'reviewExplanations'] as const;
const checkboxes = ['shuffleQuestions', 'shuffleOptions'] as const;
const positiveId = z.coerce.number().int().positive();

/** The settings form as text; the quiz rules themselves are checked by parseQuizSettings. */
function readSettings(form: FormData) {
  const raw: Record<string, string> = { ...textFields(form, ['moduleId', 'token']), ...textFields(form, settingsFields) };
  for (const name of checkboxes) raw[name] = form.get(name) === 'on' ? 'on' : '';
  return raw;
}

/** Creates the module's quiz or saves its settings (pass mark, limits, shuffling, scoring, review options). */
export const saveQuizSettingsAction = formAction(
  'content:author',
  z.object({ moduleId: positiveId, token: z.string() }).loose(),
  (input, { user }) => {
    const { moduleId, token, ...raw } = input;
    requireEditableModuleApi(user, moduleId);
    const parsed = parseQuizSettings(raw);
    if (!parsed.ok) return invalid(parsed.errors);
    const result = saveQuizSettings(moduleId, token, parsed.settings, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    return fromSave(result, 'quizSaved');
  },
  { read: readSettings, invalidKey: 'stale-form', errors: { 'not-found': 'quiz-gone' } },
);

/** The question editor sends its whole form as JSON in one field. */
function readQuestion(form: FormData) {
  return { ...textFields(form, ['moduleId', 'questionId', 'key', 'token']), question: jsonField(form, 'question') };
}

const newQuestionSchema = z.object({ moduleId: positiveId, question: questionFormSchema });

/** Adds a question to the quiz, then returns to the question list. */
export const createQuestionAction = formAction(
  'content:author',
  newQuestionSchema,
  (input, { user }): ActionState<SavedDraft> => {
    const { moduleId } = input;
    requireEditableModuleApi(user, moduleId);
    // The key is made from the prompt when stored; a placeholder slug lets the content schema check the rest.
    const issues = validateQuestionForm(input.question, 'new-question');
    if (issues.length > 0) return fromIssues(issues);
    const { key: _placeholder, ...draft } = questionDraftFromForm(input.question, 'new-question');
    createQuestion(moduleId, draft, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    redirect(`/author/modules/${moduleId}/quiz`);
  },
  { read: readQuestion, invalidKey: 'stale-form', errors: { 'not-found': 'quiz-gone' } },
);

const questionSchema = newQuestionSchema.extend({ questionId: positiveId, key: z.string(), token: z.string() });

/** Saves a question, unless it changed since the editor loaded it. */
export const saveQuestionAction = formAction(
  'content:author',
  questionSchema,
  (input, { user }) => {
    const { moduleId, questionId, key } = input;
    requireEditableModuleApi(user, moduleId);
    const issues = validateQuestionForm(input.question, key);
    if (issues.length > 0) return fromIssues(issues);
    const { key: _key, ...draft } = questionDraftFromForm(input.question, key);
    const result = saveQuestion(moduleId, questionId, input.token, draft, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    return fromSave(result, 'questionSaved');
  },
  { read: readQuestion, invalidKey: 'stale-form', errors: { 'not-found': 'question-gone' } },
);

const deleteQuestionSchema = z.object({ moduleId: positiveId, questionId: positiveId, token: z.string() });

/** Removes a question from the quiz (a question also in a bank stays there). */
export const deleteQuestionAction = formAction(
  'content:author',
  deleteQuestionSchema,
  (input, { user }) => {
    const { moduleId } = input;
    requireEditableModuleApi(user, moduleId);
    const result = deleteQuestion(moduleId, input.questionId, input.token, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    return fromSave(result, 'questionDeleted');
  },
  { invalidKey: 'stale-form', errors: { 'not-found': 'question-gone' } },
);

/** Moves a question one place up or down. */
export const moveQuestionAction = formAction(
  'content:author',
  moveSchema,
  (input, { user }) => {
    requireEditableModuleApi(user, input.moduleId);
    const result = moveQuestion(input.moduleId, input.id, input.direction, input.seen, user.id, new Date());
    revalidatePath(`/author/modules/${input.moduleId}/quiz`);
    return result ? fromSave(result, 'questionMoved') : failed('cannot-move');
  },
  { invalidKey: 'stale-form' },
);
