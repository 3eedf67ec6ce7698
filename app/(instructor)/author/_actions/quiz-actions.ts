'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createQuestion, deleteQuestion, moveQuestion, saveQuestion } from '@/db/queries/authoring-questions';
import { saveQuizSettings } from '@/db/queries/authoring-quiz';
import { requireEditableModule } from '@/lib/authoring/access';
import { questionDraftFromForm } from '@/lib/domain/question-builder';
import { AppError } from '@/lib/errors';
import { jsonField, moveSchema } from '@/lib/validation/authoring';
import { parseQuizSettings, questionFormSchema, validateQuestionForm } from '@/lib/validation/authoring-quiz';
import { formError, fromIssues, fromSave, idField, textFields, type EditState } from './state';

const settingsFields = ['title', 'passMark', 'attemptLimit', 'timeLimitMinutes', 'scoring'] as const;
const checkboxes = ['shuffleQuestions', 'shuffleOptions', 'showAnswers'] as const;

/** Creates the module's quiz or saves its settings (pass mark, limits, shuffling, scoring, answers shown). */
export async function saveQuizSettingsAction(_prev: EditState, form: FormData): Promise<EditState> {
  const moduleId = idField(form, 'moduleId');
  const { user } = await requireEditableModule(moduleId);
  const raw: Record<string, string> = textFields(form, settingsFields);
  for (const name of checkboxes) raw[name] = form.get(name) === 'on' ? 'on' : '';
  const parsed = parseQuizSettings(raw);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
  const token = String(form.get('token') ?? '');
  try {
    const result = saveQuizSettings(moduleId, token, parsed.settings, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    return fromSave(result, 'quizSaved');
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return formError('quiz-gone');
    throw error;
  }
}

function readQuestion(form: FormData) {
  return questionFormSchema.safeParse(jsonField(form, 'question'));
}

/** Adds a question to the quiz, then returns to the question list. */
export async function createQuestionAction(_prev: EditState, form: FormData): Promise<EditState> {
  const moduleId = idField(form, 'moduleId');
  const { user } = await requireEditableModule(moduleId);
  const question = readQuestion(form);
  if (!question.success) return formError('stale-form');
  // The key is made from the prompt when stored; a placeholder slug lets the content schema check the rest.
  const issues = validateQuestionForm(question.data, 'new-question');
  if (issues.length > 0) return fromIssues(issues);
  const { key: _placeholder, ...draft } = questionDraftFromForm(question.data, 'new-question');
  try {
    createQuestion(moduleId, draft, user.id, new Date());
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return formError('quiz-gone');
    throw error;
  }
  revalidatePath(`/author/modules/${moduleId}/quiz`);
  redirect(`/author/modules/${moduleId}/quiz`);
}

/** Saves a question, unless it changed since the editor loaded it. */
export async function saveQuestionAction(_prev: EditState, form: FormData): Promise<EditState> {
  const moduleId = idField(form, 'moduleId');
  const questionId = idField(form, 'questionId');
  const { user } = await requireEditableModule(moduleId);
  const question = readQuestion(form);
  const key = String(form.get('key') ?? '');
  if (!question.success || Number.isNaN(questionId)) return formError('stale-form');
  const issues = validateQuestionForm(question.data, key);
  if (issues.length > 0) return fromIssues(issues);
  const { key: _key, ...draft } = questionDraftFromForm(question.data, key);
  try {
    const result = saveQuestion(moduleId, questionId, String(form.get('token') ?? ''), draft, user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    return fromSave(result, 'questionSaved');
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return formError('question-gone');
    throw error;
  }
}

/** Removes a question from the quiz (a question also in a bank stays there). */
export async function deleteQuestionAction(_prev: EditState, form: FormData): Promise<EditState> {
  const moduleId = idField(form, 'moduleId');
  const { user } = await requireEditableModule(moduleId);
  try {
    const result = deleteQuestion(moduleId, idField(form, 'questionId'), String(form.get('token') ?? ''), user.id, new Date());
    revalidatePath(`/author/modules/${moduleId}/quiz`);
    return fromSave(result, 'questionDeleted');
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not-found') return formError('question-gone');
    throw error;
  }
}

/** Moves a question one place up or down. */
export async function moveQuestionAction(_prev: EditState, form: FormData): Promise<EditState> {
  const { user } = await requireEditableModule(idField(form, 'moduleId'));
  const input = moveSchema.safeParse(textFields(form, ['moduleId', 'id', 'direction', 'seen']));
  if (!input.success) return formError('stale-form');
  const result = moveQuestion(input.data.moduleId, input.data.id, input.data.direction, input.data.seen, user.id, new Date());
  revalidatePath(`/author/modules/${input.data.moduleId}/quiz`);
  return result ? fromSave(result, 'questionMoved') : formError('cannot-move');
}
