import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { questionSkills, scoringRules, type QuestionType } from '../../lib/domain/quiz-snapshot';
import { users } from './users';
import { safeReviewPolicy, type ReviewPolicy } from '../../lib/domain/review-policy';

export { scoringRules, type QuestionType } from '../../lib/domain/quiz-snapshot';

export interface Lecture {
  title: string;
  video: string;
  captions: string;
}
export interface Attachment {
  title: string;
  path: string;
  size: number;
  mimeType: string;
}

export const programmes = sqliteTable('programmes', {
  id: id(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  createdAt: createdAt(),
});

/**
 * A module's working (draft) metadata. What trainees see is the module version
 * that `publishedVersionId` points to; edits here never change it.
 */
export const modules = sqliteTable('modules', {
  id: id(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  objectives: text('objectives', { mode: 'json' }).$type<string[]>().notNull().default([]),
  selfEnrol: integer('self_enrol', { mode: 'boolean' }).notNull().default(true),
  ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
  publishedVersionId: integer('published_version_id'),
  /** Bumped on every draft edit; a save that names an older revision is a concurrent edit. */
  revision: integer('revision').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at'),
});

export const programmeModules = sqliteTable(
  'programme_modules',
  {
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.moduleId] }), index('programme_modules_module_idx').on(t.moduleId)],
);

export const moduleCollaborators = sqliteTable(
  'module_collaborators',
  {
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.userId] }), index('module_collaborators_user_idx').on(t.userId)],
);

/** Draft lessons. `key` is stable across versions: progress is recorded against it. */
export const lessons = sqliteTable(
  'lessons',
  {
    id: id(),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull().default(''),
    minutes: integer('minutes').notNull().default(10),
    required: integer('required', { mode: 'boolean' }).notNull().default(true),
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull().default([]),
    lecture: text('lecture', { mode: 'json' }).$type<Lecture | null>(),
    attachments: text('attachments', { mode: 'json' }).$type<Attachment[]>().notNull().default([]),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [uniqueIndex('lessons_module_key_unique').on(t.moduleId, t.key), index('lessons_module_position_idx').on(t.moduleId, t.position)],
);

export const questionBanks = sqliteTable('question_banks', {
  id: id(),
  name: text('name').notNull(),
  ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** The draft quiz of a module (one per module) and its settings. */
export const quizzes = sqliteTable('quizzes', {
  id: id(),
  moduleId: integer('module_id')
    .notNull()
    .unique()
    .references(() => modules.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  passMark: integer('pass_mark').notNull().default(70),
  attemptLimit: integer('attempt_limit'),
  timeLimitMinutes: integer('time_limit_minutes'),
  shuffleQuestions: integer('shuffle_questions', { mode: 'boolean' }).notNull().default(true),
  shuffleOptions: integer('shuffle_options', { mode: 'boolean' }).notNull().default(true),
  scoring: text('scoring', { enum: scoringRules }).notNull().default('best'),
  /** When a trainee sees the correct answers and the explanations of a submitted attempt (lib/domain/review-policy). */
  review: text('review', { mode: 'json' }).$type<ReviewPolicy>().notNull().default(safeReviewPolicy),
});

/** A question lives in a quiz, in a bank, or both. */
export const questions = sqliteTable(
  'questions',
  {
    id: id(),
    quizId: integer('quiz_id').references(() => quizzes.id, { onDelete: 'cascade' }),
    bankId: integer('bank_id').references(() => questionBanks.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull().default(0),
    // The names come from the question-type registry (runtime code drizzle-kit does not load); SQLite keeps no enum either way.
    type: text('type').$type<QuestionType>().notNull(),
    prompt: text('prompt').notNull(),
    explanation: text('explanation').notNull().default(''),
    points: real('points').notNull().default(1),
    /** recall | application, as named in the course files (see lib/domain/quiz-snapshot.ts). */
    skill: text('skill', { enum: questionSkills }),
  },
  (t) => [index('questions_quiz_idx').on(t.quizId, t.position), index('questions_bank_idx').on(t.bankId)],
);

/**
 * Options carry every question type's answer data: choices (single, multiple,
 * true/false) with `correct`; accepted answers (short); left/right pairs
 * (matching: `text` → `match`); items in their correct `position` (ordering).
 */
export const questionOptions = sqliteTable(
  'question_options',
  {
    id: id(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    correct: integer('correct', { mode: 'boolean' }).notNull().default(false),
    weight: real('weight'),
    match: text('match'),
    feedback: text('feedback').notNull().default(''),
  },
  (t) => [index('question_options_question_idx').on(t.questionId, t.position)],
);

export type Programme = typeof programmes.$inferSelect;
export type Module = typeof modules.$inferSelect;
export type Lesson = typeof lessons.$inferSelect;
export type Quiz = typeof quizzes.$inferSelect;
export type Question = typeof questions.$inferSelect;
export type QuestionOption = typeof questionOptions.$inferSelect;
