import 'server-only';
import { and, asc, eq, isNull, max } from 'drizzle-orm';
import { revisionToken } from '@/lib/content/draft-token';
import type { OptionDraft, QuestionDraft } from '@/lib/content/snapshot';
import { slugify, uniqueSlug } from '@/lib/domain/authoring-slug';
import { moveOne, sameOrder, type Direction } from '@/lib/domain/reorder';
import { AppError } from '@/lib/errors';
import { getDb } from '../index';
import { questionOptions, questions } from '../schema';
import { conflict, recordEdit, type SaveResult } from './authoring-edits';
import { touchModule } from './authoring-modules';
import { questionRows, quizRow, type QuestionRow } from './authoring-quiz';
import type { SyncDatabase } from './module-draft';

/*
 * Writing quiz questions: add, save, remove and reorder. Every write names the
 * revision token (or list order) it started from and is refused when the
 * question changed since; questions are only ever reached through the module
 * the caller may edit.
 */

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
