import 'server-only';
import { eq } from 'drizzle-orm';
import type { TranslationLocale } from '@/lib/domain/content-locales';
import type { TranslationDraft, TranslationDrafts } from '@/lib/content/translation-draft';
import { lessons, lessonTranslations, moduleTranslations, questions, questionTranslations, quizzes } from '../schema';
import type { SyncDatabase } from './module-draft';

/** Rows are written only by commands that check the locale (lib/domain/content-locales). */
function draftFor(drafts: TranslationDrafts, locale: string): TranslationDraft {
  const key = locale as TranslationLocale;
  drafts[key] ??= { module: null, quizTitle: null, lessons: {}, questions: {} };
  return drafts[key];
}

/**
 * A module's draft translations by locale: module text and quiz title, lessons
 * by key and quiz questions by key.
 */
export function readTranslationDrafts(db: SyncDatabase, moduleId: number): TranslationDrafts {
  const drafts: TranslationDrafts = {};
  for (const row of db.select().from(moduleTranslations).where(eq(moduleTranslations.moduleId, moduleId)).all()) {
    Object.assign(draftFor(drafts, row.locale), { module: row.text, quizTitle: row.quizTitle });
  }
  const lessonRows = db
    .select({ key: lessons.key, row: lessonTranslations })
    .from(lessonTranslations)
    .innerJoin(lessons, eq(lessons.id, lessonTranslations.lessonId))
    .where(eq(lessons.moduleId, moduleId))
    .all();
  for (const { key, row } of lessonRows) {
    const { title, summary, bodyMarkdown: markdown, lectureTitle, captionsVtt } = row;
    draftFor(drafts, row.locale).lessons[key] = { title, summary, markdown, lectureTitle, captionsVtt };
  }
  const questionRows = db
    .select({ key: questions.key, row: questionTranslations })
    .from(questionTranslations)
    .innerJoin(questions, eq(questions.id, questionTranslations.questionId))
    .innerJoin(quizzes, eq(quizzes.id, questions.quizId))
    .where(eq(quizzes.moduleId, moduleId))
    .all();
  for (const { key, row } of questionRows) {
    draftFor(drafts, row.locale).questions[key] = { text: row.text, accepted: row.accepted };
  }
  return drafts;
}

/** The ids of a module's draft lessons and quiz questions, by key. */
function idsByKey(tx: SyncDatabase, moduleId: number) {
  const lessonIds = new Map(tx.select({ id: lessons.id, key: lessons.key }).from(lessons).where(eq(lessons.moduleId, moduleId)).all().map((row) => [row.key, row.id]));
  const questionIds = new Map(
    tx
      .select({ id: questions.id, key: questions.key })
      .from(questions)
      .innerJoin(quizzes, eq(quizzes.id, questions.quizId))
      .where(eq(quizzes.moduleId, moduleId))
      .all()
      .map((row) => [row.key, row.id]),
  );
  return { lessonIds, questionIds };
}

/** Deletes a module's draft translations in every locale. */
function clearTranslations(tx: SyncDatabase, moduleId: number, ids: ReturnType<typeof idsByKey>): void {
  tx.delete(moduleTranslations).where(eq(moduleTranslations.moduleId, moduleId)).run();
  for (const id of ids.lessonIds.values()) tx.delete(lessonTranslations).where(eq(lessonTranslations.lessonId, id)).run();
  for (const id of ids.questionIds.values()) tx.delete(questionTranslations).where(eq(questionTranslations.questionId, id)).run();
}

/**
 * Replaces a module's draft translations with `wanted` (from content files or
 * a module package), inside the caller's transaction. Lessons and questions
 * are matched by key on the current English draft.
 */
export function replaceTranslationDrafts(tx: SyncDatabase, moduleId: number, wanted: TranslationDrafts, now: Date): void {
  const ids = idsByKey(tx, moduleId);
  clearTranslations(tx, moduleId, ids);
  for (const [locale, draft] of Object.entries(wanted) as [TranslationLocale, TranslationDraft][]) {
    if (draft.module || draft.quizTitle !== null) {
      tx.insert(moduleTranslations).values({ moduleId, locale, text: draft.module, quizTitle: draft.quizTitle, updatedAt: now }).run();
    }
    for (const [key, lesson] of Object.entries(draft.lessons)) {
      const lessonId = ids.lessonIds.get(key);
      if (lessonId === undefined) continue;
      const { title, summary, markdown, lectureTitle, captionsVtt } = lesson;
      tx.insert(lessonTranslations).values({ lessonId, locale, title, summary, bodyMarkdown: markdown, lectureTitle, captionsVtt, updatedAt: now }).run();
    }
    for (const [key, question] of Object.entries(draft.questions)) {
      const questionId = ids.questionIds.get(key);
      if (questionId !== undefined) tx.insert(questionTranslations).values({ questionId, locale, text: question.text, accepted: question.accepted, updatedAt: now }).run();
    }
  }
}
