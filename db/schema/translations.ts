import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';
import type { ModuleTextTranslation, QuestionTextTranslation } from '../../lib/domain/quiz-snapshot';
import { lessons, modules, questions } from './content';
import { moduleVersions } from './versions';

/**
 * Translations of a module's content (lib/domain/content-locales.ts): only
 * the translatable text, keyed by locale. Structure, answers and settings
 * always come from the English draft rows.
 */

/** A module's draft text in one language, with its quiz title (null: not translated yet). */
export const moduleTranslations = sqliteTable(
  'module_translations',
  {
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    /** Null when only other parts (lessons, quiz) are translated. */
    text: text('text', { mode: 'json' }).$type<ModuleTextTranslation | null>(),
    quizTitle: text('quiz_title'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.locale] })],
);

/** A draft lesson in one language; a lecture title or captions not translated are null. */
export const lessonTranslations = sqliteTable(
  'lesson_translations',
  {
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull(),
    lectureTitle: text('lecture_title'),
    captionsVtt: text('captions_vtt'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.locale] })],
);

/**
 * A draft question in one language: texts in English option order, and for a
 * short answer the extra accepted answers in that language.
 */
export const questionTranslations = sqliteTable(
  'question_translations',
  {
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    text: text('text', { mode: 'json' }).$type<QuestionTextTranslation>().notNull(),
    accepted: text('accepted', { mode: 'json' }).$type<string[]>().notNull().default([]),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.locale] })],
);

/** A published lesson in one language, its HTML rendered at publish time, with translated captions. */
export const publishedLessonTranslations = sqliteTable(
  'published_lesson_translations',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => moduleVersions.id, { onDelete: 'cascade' }),
    lessonKey: text('lesson_key').notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    html: text('html').notNull(),
    lectureTitle: text('lecture_title'),
    captionsVtt: text('captions_vtt'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.lessonKey, t.locale] })],
);

export type PublishedLessonTranslation = typeof publishedLessonTranslations.$inferSelect;
