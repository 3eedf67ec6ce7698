import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { ModuleTextTranslation, QuestionTextTranslation } from '@/lib/domain/quiz-snapshot';
import { getDb } from '../index';
import { lessons, lessonTranslations, modules, moduleTranslations, questionOptions, questions, questionTranslations, quizzes } from '../schema';
import type { SyncDatabase } from './module-draft';
import { readTranslationDrafts } from './translation-drafts';

/** Writes (or replaces) a module's text and quiz title in one locale. */
export function upsertModuleTranslation(tx: SyncDatabase, moduleId: number, locale: string, text: ModuleTextTranslation, quizTitle: string | null, now: Date): void {
  tx.insert(moduleTranslations)
    .values({ moduleId, locale, text, quizTitle, updatedAt: now })
    .onConflictDoUpdate({ target: [moduleTranslations.moduleId, moduleTranslations.locale], set: { text, quizTitle, updatedAt: now } })
    .run();
}

export interface LessonTranslationRow {
  title: string;
  summary: string;
  bodyMarkdown: string;
  lectureTitle: string | null;
}

/** Writes (or replaces) one lesson's text in one locale; translated captions are kept. */
export function upsertLessonTranslation(tx: SyncDatabase, lessonId: number, locale: string, row: LessonTranslationRow, now: Date): void {
  tx.insert(lessonTranslations)
    .values({ lessonId, locale, ...row, updatedAt: now })
    .onConflictDoUpdate({ target: [lessonTranslations.lessonId, lessonTranslations.locale], set: { ...row, updatedAt: now } })
    .run();
}

/** Whether a draft lesson has a lecture (null: no such lesson), and whether its translation in `locale` is saved. */
export function lessonCaptionsTarget(tx: SyncDatabase, lessonId: number, locale: string): { hasLecture: boolean; translated: boolean } | null {
  const lesson = tx.select({ lecture: lessons.lecture }).from(lessons).where(eq(lessons.id, lessonId)).get();
  if (!lesson) return null;
  const row = tx
    .select({ lessonId: lessonTranslations.lessonId })
    .from(lessonTranslations)
    .where(and(eq(lessonTranslations.lessonId, lessonId), eq(lessonTranslations.locale, locale)))
    .get();
  return { hasLecture: Boolean(lesson.lecture), translated: row !== undefined };
}

/** Sets (or, with null, removes) the lecture captions of a lesson's saved translation. */
export function setLessonTranslationCaptions(tx: SyncDatabase, lessonId: number, locale: string, captionsVtt: string | null, now: Date): void {
  tx.update(lessonTranslations)
    .set({ captionsVtt, updatedAt: now })
    .where(and(eq(lessonTranslations.lessonId, lessonId), eq(lessonTranslations.locale, locale)))
    .run();
}

/** Writes (or replaces) one question's text in one locale. */
export function upsertQuestionTranslation(tx: SyncDatabase, questionId: number, locale: string, text: QuestionTextTranslation, accepted: string[], now: Date): void {
  tx.insert(questionTranslations)
    .values({ questionId, locale, text, accepted, updatedAt: now })
    .onConflictDoUpdate({ target: [questionTranslations.questionId, questionTranslations.locale], set: { text, accepted, updatedAt: now } })
    .run();
}

/** A module's draft lessons, in order, with what their translation forms need. */
export function translationLessons(db: SyncDatabase, moduleId: number) {
  return db
    .select({ id: lessons.id, key: lessons.key, title: lessons.title, summary: lessons.summary, bodyMarkdown: lessons.bodyMarkdown, lecture: lessons.lecture })
    .from(lessons)
    .where(eq(lessons.moduleId, moduleId))
    .orderBy(asc(lessons.position), asc(lessons.id))
    .all();
}

/** A module's draft quiz questions in order, with their options' English texts (the translation form's rows). */
export function translationQuestions(db: SyncDatabase, moduleId: number) {
  const rows = db
    .select({ id: questions.id, key: questions.key, type: questions.type, prompt: questions.prompt, explanation: questions.explanation })
    .from(questions)
    .innerJoin(quizzes, eq(quizzes.id, questions.quizId))
    .where(eq(quizzes.moduleId, moduleId))
    .orderBy(asc(questions.position), asc(questions.id))
    .all();
  return rows.map((row) => ({
    ...row,
    options: db
      .select({ text: questionOptions.text, feedback: questionOptions.feedback, match: questionOptions.match })
      .from(questionOptions)
      .where(eq(questionOptions.questionId, row.id))
      .orderBy(asc(questionOptions.position), asc(questionOptions.id))
      .all(),
  }));
}

/**
 * What the authoring "Translations" pages show: the English draft parts that
 * can be translated (module text, lessons, quiz questions) and the draft
 * translations by locale.
 */
export function readTranslationOverview(moduleId: number, db: SyncDatabase = getDb()) {
  const english = db.select({ title: modules.title, summary: modules.summary, objectives: modules.objectives }).from(modules).where(eq(modules.id, moduleId)).get();
  const quiz = db.select({ title: quizzes.title }).from(quizzes).where(eq(quizzes.moduleId, moduleId)).get();
  return {
    english: english ?? { title: '', summary: '', objectives: [] },
    quizTitle: quiz?.title ?? null,
    lessons: translationLessons(db, moduleId),
    questions: translationQuestions(db, moduleId),
    drafts: readTranslationDrafts(db, moduleId),
  };
}
