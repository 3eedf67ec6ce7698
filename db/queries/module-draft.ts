import 'server-only';
import type { RunResult } from 'better-sqlite3';
import { asc, eq, inArray } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { AppError } from '@/lib/errors';
import type { LessonDraft, ModuleDraft, OptionDraft, QuestionDraft, QuizDraft } from '@/lib/content/snapshot';
import type * as schema from '../schema';
import { readAssignmentDrafts } from './assignment-drafts';
import { readTranslationDrafts } from './translation-drafts';
import { lessons, modules, questionOptions, questions, quizzes, type Lecture } from '../schema';

/** The app database or a transaction on it: both run synchronously on better-sqlite3. */
export type SyncDatabase = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/** Supplies a lecture's WebVTT text, or null when it has none. */
export type ReadCaptions = (lecture: Lecture) => string | null;

export interface LoadedModuleDraft {
  draft: ModuleDraft;
  publishedVersionId: number | null;
}

/** A module's draft quiz with its questions and options in order, or null when it has none. */
export function readQuizDraft(db: SyncDatabase, moduleId: number): QuizDraft | null {
  const quiz = db.select().from(quizzes).where(eq(quizzes.moduleId, moduleId)).get();
  if (!quiz) return null;
  const questionRows = db
    .select()
    .from(questions)
    .where(eq(questions.quizId, quiz.id))
    .orderBy(asc(questions.position), asc(questions.id))
    .all();
  const optionRows =
    questionRows.length === 0
      ? []
      : db
          .select()
          .from(questionOptions)
          .where(
            inArray(
              questionOptions.questionId,
              questionRows.map((row) => row.id),
            ),
          )
          .orderBy(asc(questionOptions.position), asc(questionOptions.id))
          .all();
  const optionsByQuestion = new Map<number, OptionDraft[]>();
  for (const { questionId, text, correct, weight, match, feedback } of optionRows) {
    const list = optionsByQuestion.get(questionId) ?? [];
    list.push({ text, correct, weight, match, feedback });
    optionsByQuestion.set(questionId, list);
  }
  const questionDrafts: QuestionDraft[] = questionRows.map(({ id, key, type, prompt, explanation, points, skill }) => ({
    key,
    type,
    prompt,
    explanation,
    points,
    ...(skill && { skill }),
    options: optionsByQuestion.get(id) ?? [],
  }));
  const { title, passMark, attemptLimit, timeLimitMinutes, shuffleQuestions, shuffleOptions, scoring, review } = quiz;
  return {
    title,
    passMark,
    attemptLimit,
    timeLimitMinutes,
    shuffleQuestions,
    shuffleOptions,
    scoring,
    review,
    questions: questionDrafts,
  };
}

/**
 * Reads a module's draft (metadata, lessons in order, quiz with questions and
 * options) as the input of `buildSnapshot`. Throws `not-found:module`.
 */
export function readModuleDraft(db: SyncDatabase, moduleId: number, readCaptions: ReadCaptions): LoadedModuleDraft {
  const mod = db
    .select({
      title: modules.title,
      summary: modules.summary,
      objectives: modules.objectives,
      publishedVersionId: modules.publishedVersionId,
    })
    .from(modules)
    .where(eq(modules.id, moduleId))
    .get();
  if (!mod) throw new AppError('not-found:module', 'This module does not exist.');
  const lessonRows = db.select().from(lessons).where(eq(lessons.moduleId, moduleId)).orderBy(asc(lessons.position), asc(lessons.id)).all();
  const lessonDrafts: LessonDraft[] = lessonRows.map((row) => ({
    key: row.key,
    title: row.title,
    summary: row.summary,
    minutes: row.minutes,
    required: row.required,
    sources: row.sources,
    markdown: row.bodyMarkdown,
    lecture: row.lecture,
    captionsVtt: row.lecture ? readCaptions(row.lecture) : null,
    attachments: row.attachments,
  }));
  return {
    draft: {
      title: mod.title,
      summary: mod.summary,
      objectives: mod.objectives,
      lessons: lessonDrafts,
      quiz: readQuizDraft(db, moduleId),
      assignments: readAssignmentDrafts(db, moduleId),
      translations: readTranslationDrafts(db, moduleId),
    },
    publishedVersionId: mod.publishedVersionId,
  };
}
