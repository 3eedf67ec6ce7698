import 'server-only';
import { and, asc, eq, inArray, isNull, max, type SQL } from 'drizzle-orm';
import { revisionToken } from '@/lib/content/draft-token';
import type { OptionDraft, QuestionDraft } from '@/lib/content/snapshot';
import { slugify, uniqueSlug } from '@/lib/domain/authoring-slug';
import { moveOne, sameOrder, type Direction } from '@/lib/domain/reorder';
import { AppError } from '@/lib/errors';
import type { QuizSettings } from '@/lib/validation/content';
import { getDb } from '../index';
import { questionOptions, questions, quizzes } from '../schema';
import { conflict, recordEdit, type SaveResult } from './authoring-edits';
import { touchModule } from './authoring-modules';
import type { SyncDatabase } from './module-draft';

export interface QuestionRow {
  id: number;
  draft: QuestionDraft;
  /** The revision token a save of this question must name. */
  token: string;
  inBank: boolean;
}

function quizRow(tx: SyncDatabase, moduleId: number) {
  return tx
    .select({
      id: quizzes.id,
      title: quizzes.title,
      passMark: quizzes.passMark,
      attemptLimit: quizzes.attemptLimit,
      timeLimitMinutes: quizzes.timeLimitMinutes,
      shuffleQuestions: quizzes.shuffleQuestions,
      shuffleOptions: quizzes.shuffleOptions,
      scoring: quizzes.scoring,
      showAnswers: quizzes.showAnswers,
    })
    .from(quizzes)
    .where(eq(quizzes.moduleId, moduleId))
    .get();
}

function optionsOf(tx: SyncDatabase, questionIds: number[]): Map<number, OptionDraft[]> {
  const byQuestion = new Map<number, OptionDraft[]>();
  if (questionIds.length === 0) return byQuestion;
  const rows = tx
    .select()
    .from(questionOptions)
    .where(inArray(questionOptions.questionId, questionIds))
    .orderBy(asc(questionOptions.position), asc(questionOptions.id))
    .all();
  for (const { questionId, text, correct, weight, match, feedback } of rows) {
    byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), { text, correct, weight, match, feedback }]);
  }
  return byQuestion;
}

function questionRows(tx: SyncDatabase, where: SQL | undefined): QuestionRow[] {
  const rows = tx.select().from(questions).where(where).orderBy(asc(questions.position), asc(questions.id)).all();
  const options = optionsOf(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map(({ id, key, type, prompt, explanation, points, bankId }) => {
    const draft = { key, type, prompt, explanation, points, options: options.get(id) ?? [] };
    return { id, draft, token: revisionToken(draft), inBank: bankId !== null };
  });
}

export interface QuizEditorData {
  settings: QuizSettings;
  token: string;
  questions: QuestionRow[];
}

/** The draft quiz of a module for the builder, or null when it has none yet. */
export function getQuizEditor(moduleId: number, tx: SyncDatabase = getDb()): QuizEditorData | null {
  const quiz = quizRow(tx, moduleId);
  if (!quiz) return null;
  const { id, ...settings } = quiz;
  return { settings, token: revisionToken(settings), questions: questionRows(tx, eq(questions.quizId, id)) };
}

/** Creates the quiz (token 'new') or saves its settings if unchanged since `token`. */
export function saveQuizSettings(moduleId: number, token: string, settings: QuizSettings, actorId: number, now: Date): SaveResult {
  return getDb().transaction((tx) => {
    const quiz = quizRow(tx, moduleId);
    if (!quiz) {
      if (token !== 'new') throw new AppError('not-found:quiz', 'This quiz has been removed.');
      const { id } = tx
        .insert(quizzes)
        .values({ moduleId, ...settings })
        .returning({ id: quizzes.id })
        .get();
      recordEdit(tx, actorId, 'quiz', id, { created: true });
      touchModule(tx, moduleId, now);
      return { ok: true, revision: revisionToken(settings) };
    }
    const { id, ...current } = quiz;
    if (revisionToken(current) !== token) return conflict(tx, 'quiz', id);
    tx.update(quizzes).set(settings).where(eq(quizzes.id, id)).run();
    recordEdit(tx, actorId, 'quiz', id, settings);
    touchModule(tx, moduleId, now);
    return { ok: true, revision: revisionToken(settings) };
  });
}

/** One question of a module's quiz, or null when it is not in that quiz. */
export function getQuestion(moduleId: number, questionId: number): QuestionRow | null {
  const db = getDb();
  const quiz = quizRow(db, moduleId);
  if (!quiz) return null;
  return questionRows(db, and(eq(questions.quizId, quiz.id), eq(questions.id, questionId)))[0] ?? null;
}

function writeOptions(tx: SyncDatabase, questionId: number, options: OptionDraft[]): void {
  tx.delete(questionOptions).where(eq(questionOptions.questionId, questionId)).run();
  if (options.length > 0)
    tx.insert(questionOptions)
      .values(options.map((o, position) => ({ ...o, questionId, position })))
      .run();
}

/** Appends a question to the module's quiz with a key made from its prompt. Returns its id. */
export function createQuestion(
  moduleId: number,
  draft: Omit<QuestionDraft, 'key'>,
  actorId: number,
  now: Date,
): { id: number; key: string } {
  return getDb().transaction((tx) => {
    const quiz = quizRow(tx, moduleId);
    if (!quiz) throw new AppError('not-found:quiz', 'Create the quiz before adding questions.');
    const taken = new Set(
      tx
        .select({ key: questions.key })
        .from(questions)
        .where(eq(questions.quizId, quiz.id))
        .all()
        .map((q) => q.key),
    );
    const key = uniqueSlug(slugify(draft.prompt, 40), taken, 'question');
    const last = tx
      .select({ position: max(questions.position) })
      .from(questions)
      .where(eq(questions.quizId, quiz.id))
      .get();
    const { options, ...fields } = draft;
    const { id } = tx
      .insert(questions)
      .values({ ...fields, key, quizId: quiz.id, position: (last?.position ?? -1) + 1 })
      .returning({ id: questions.id })
      .get();
    writeOptions(tx, id, options);
    recordEdit(tx, actorId, 'question', id, { created: true, key });
    recordEdit(tx, actorId, 'quiz-questions', quiz.id, { added: key });
    touchModule(tx, moduleId, now);
    return { id, key };
  });
}

function currentQuestion(tx: SyncDatabase, moduleId: number, questionId: number): QuestionRow & { quizId: number } {
  const quiz = quizRow(tx, moduleId);
  const row = quiz && questionRows(tx, and(eq(questions.quizId, quiz.id), eq(questions.id, questionId)))[0];
  if (!quiz || !row) throw new AppError('not-found:question', 'This question has been deleted.');
  return { ...row, quizId: quiz.id };
}

/** Saves a question (its key never changes) if it is unchanged since `token`. */
export function saveQuestion(
  moduleId: number,
  questionId: number,
  token: string,
  draft: Omit<QuestionDraft, 'key'>,
  actorId: number,
  now: Date,
): SaveResult {
  return getDb().transaction((tx) => {
    const current = currentQuestion(tx, moduleId, questionId);
    if (current.token !== token) return conflict(tx, 'question', questionId);
    const { options, ...fields } = draft;
    tx.update(questions).set(fields).where(eq(questions.id, questionId)).run();
    writeOptions(tx, questionId, options);
    recordEdit(tx, actorId, 'question', questionId, { key: current.draft.key });
    touchModule(tx, moduleId, now);
    return { ok: true, revision: revisionToken({ ...draft, key: current.draft.key }) };
  });
}

/** Removes a question from the quiz if unchanged since `token`; one that is also in a bank stays in the bank. */
export function deleteQuestion(moduleId: number, questionId: number, token: string, actorId: number, now: Date): SaveResult {
  return getDb().transaction((tx) => {
    const current = currentQuestion(tx, moduleId, questionId);
    if (current.token !== token) return conflict(tx, 'question', questionId);
    if (current.inBank) tx.update(questions).set({ quizId: null }).where(eq(questions.id, questionId)).run();
    else
      tx.delete(questions)
        .where(and(eq(questions.id, questionId), isNull(questions.bankId)))
        .run();
    recordEdit(tx, actorId, 'quiz-questions', current.quizId, { removed: current.draft.key });
    touchModule(tx, moduleId, now);
    return { ok: true, revision: '' };
  });
}

/** Moves a question one place if the question list is still as the editor saw it; null when it cannot move. */
export function moveQuestion(
  moduleId: number,
  questionId: number,
  direction: Direction,
  seen: number[],
  actorId: number,
  now: Date,
): SaveResult | null {
  return getDb().transaction((tx) => {
    const quiz = quizRow(tx, moduleId);
    if (!quiz) throw new AppError('not-found:quiz', 'This quiz has been removed.');
    const ids = tx
      .select({ id: questions.id })
      .from(questions)
      .where(eq(questions.quizId, quiz.id))
      .orderBy(asc(questions.position), asc(questions.id))
      .all()
      .map((row) => row.id);
    if (!sameOrder(ids, seen)) return conflict(tx, 'quiz-questions', quiz.id);
    const next = moveOne(ids, questionId, direction);
    if (!next) return null;
    next.forEach((id, position) => tx.update(questions).set({ position }).where(eq(questions.id, id)).run());
    recordEdit(tx, actorId, 'quiz-questions', quiz.id, { moved: questionId, direction });
    touchModule(tx, moduleId, now);
    return { ok: true, revision: next.join(',') };
  });
}
