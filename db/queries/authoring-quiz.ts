import 'server-only';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { revisionToken } from '@/lib/content/draft-token';
import type { OptionDraft, QuestionDraft } from '@/lib/content/snapshot';
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

/** The module's quiz row with its settings, inside the caller's transaction. */
export function quizRow(tx: SyncDatabase, moduleId: number) {
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
      review: quizzes.review,
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

/** Questions matching `where`, in quiz order, with their options and revision tokens. */
export function questionRows(tx: SyncDatabase, where: SQL | undefined): QuestionRow[] {
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
