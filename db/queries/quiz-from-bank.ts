import 'server-only';
import { asc, eq, max } from 'drizzle-orm';
import { keyBase, uniqueKey } from '@/lib/domain/bank-questions';
import { AppError } from '@/lib/errors';
import { getDb, type AppDatabase } from '../index';
import { moduleCollaborators, modules, questionOptions, questions, quizzes } from '../schema';
import { readBankQuestions } from './bank-questions';

export interface AuthoringModule {
  id: number;
  slug: string;
  title: string;
  ownerId: number | null;
  collaboratorIds: number[];
}

/** A module with who may edit it, or null. */
export function findAuthoringModule(moduleId: number, db: AppDatabase = getDb()): AuthoringModule | null {
  const mod = db
    .select({ id: modules.id, slug: modules.slug, title: modules.title, ownerId: modules.ownerId })
    .from(modules)
    .where(eq(modules.id, moduleId))
    .get();
  if (!mod) return null;
  const collaborators = db
    .select({ userId: moduleCollaborators.userId })
    .from(moduleCollaborators)
    .where(eq(moduleCollaborators.moduleId, moduleId))
    .all();
  return { ...mod, collaboratorIds: collaborators.map((row) => row.userId) };
}

export interface DraftQuizQuestionRow {
  id: number;
  key: string;
  type: (typeof questions.$inferSelect)['type'];
  prompt: string;
  points: number;
}

/** The questions of a module's draft quiz, in quiz order (none when it has no quiz). */
export function listDraftQuizQuestions(moduleId: number, db: AppDatabase = getDb()): DraftQuizQuestionRow[] {
  return db
    .select({ id: questions.id, key: questions.key, type: questions.type, prompt: questions.prompt, points: questions.points })
    .from(questions)
    .innerJoin(quizzes, eq(quizzes.id, questions.quizId))
    .where(eq(quizzes.moduleId, moduleId))
    .orderBy(asc(questions.position), asc(questions.id))
    .all();
}

export interface AddFromBankInput {
  moduleId: number;
  bankId: number;
  questionIds: readonly number[];
  /** The title of the quiz if the module has none yet (its other settings take their defaults). */
  newQuizTitle: string;
  now: Date;
}

/**
 * Copies bank questions (new question and option rows) into the module's
 * draft quiz, in ONE transaction: the quiz is created with default settings
 * when the module has none, each copy gets a key unique within the quiz and
 * goes to the end, and the module's revision is bumped. The bank keeps its
 * questions unchanged. Throws `not-found:question` when an id is not a
 * question of the bank, so nothing is copied.
 */
export function addBankQuestionsToQuiz(input: AddFromBankInput, db: AppDatabase = getDb()): { keys: string[] } {
  return db.transaction((tx) => {
    const picked = readBankQuestions(tx, input.bankId, input.questionIds);
    if (picked.length !== new Set(input.questionIds).size)
      throw new AppError('not-found:question', 'A chosen question is not in this bank.');
    const mod = tx.select({ revision: modules.revision }).from(modules).where(eq(modules.id, input.moduleId)).get();
    if (!mod) throw new AppError('not-found:module', 'This module does not exist.');
    const quizId =
      tx.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.moduleId, input.moduleId)).get()?.id ??
      tx.insert(quizzes).values({ moduleId: input.moduleId, title: input.newQuizTitle }).returning({ id: quizzes.id }).get().id;
    const taken = new Set(
      tx
        .select({ key: questions.key })
        .from(questions)
        .where(eq(questions.quizId, quizId))
        .all()
        .map((row) => row.key),
    );
    let position =
      (tx
        .select({ last: max(questions.position) })
        .from(questions)
        .where(eq(questions.quizId, quizId))
        .get()?.last ?? -1) + 1;
    const keys = picked.map((question) => {
      const key = uniqueKey(keyBase(question.key), taken);
      const { type, prompt, explanation, points } = question;
      const { id } = tx
        .insert(questions)
        .values({ quizId, key, position: position++, type, prompt, explanation, points })
        .returning({ id: questions.id })
        .get();
      if (question.options.length > 0) {
        tx.insert(questionOptions)
          .values(question.options.map((option, index) => ({ ...option, questionId: id, position: index })))
          .run();
      }
      return key;
    });
    tx.update(modules)
      .set({ revision: mod.revision + 1, updatedAt: input.now })
      .where(eq(modules.id, input.moduleId))
      .run();
    return { keys };
  });
}
