import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import type { ModuleTextTranslation, QuizSnapshot } from '../../lib/domain/quiz-snapshot';
import type { Attachment, Lecture } from './content';
import { modules } from './content';
import { users } from './users';

export type { OptionSnapshot, QuestionSnapshot, QuizSnapshot } from '../../lib/domain/quiz-snapshot';

/** An immutable published version of a module. */
export const moduleVersions = sqliteTable(
  'module_versions',
  {
    id: id(),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    objectives: text('objectives', { mode: 'json' }).$type<string[]>().notNull(),
    changelog: text('changelog').notNull().default(''),
    contentHash: text('content_hash').notNull(),
    quiz: text('quiz', { mode: 'json' }).$type<QuizSnapshot | null>(),
    /** The module's title, summary and objectives in other languages, by locale. */
    translations: text('translations', { mode: 'json' }).$type<Partial<Record<string, ModuleTextTranslation>>>().notNull().default({}),
    publishedById: integer('published_by_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: createdAt(),
  },
  (t) => [uniqueIndex('module_versions_module_version_unique').on(t.moduleId, t.version)],
);

/** Lessons as published in a version, with their HTML rendered once at publish time. */
export const publishedLessons = sqliteTable(
  'published_lessons',
  {
    id: id(),
    versionId: integer('version_id')
      .notNull()
      .references(() => moduleVersions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    minutes: integer('minutes').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    html: text('html').notNull(),
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull(),
    lecture: text('lecture', { mode: 'json' }).$type<Lecture | null>(),
    captionsVtt: text('captions_vtt'),
    attachments: text('attachments', { mode: 'json' }).$type<Attachment[]>().notNull(),
  },
  (t) => [
    uniqueIndex('published_lessons_version_key_unique').on(t.versionId, t.key),
    index('published_lessons_version_position_idx').on(t.versionId, t.position),
  ],
);

export type ModuleVersion = typeof moduleVersions.$inferSelect;
export type PublishedLesson = typeof publishedLessons.$inferSelect;
