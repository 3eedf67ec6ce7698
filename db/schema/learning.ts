import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { modules, programmes } from './content';
import { users } from './users';
import { attemptStatuses, type AttemptLayout } from '../../lib/domain/quiz-snapshot';
import { moduleVersions } from './versions';

export { attemptStatuses, type AttemptLayout, type AttemptStatus } from '../../lib/domain/quiz-snapshot';
export const enrolmentSources = ['self', 'cohort', 'manager'] as const;

export const enrolments = sqliteTable(
  'enrolments',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    source: text('source', { enum: enrolmentSources }).notNull().default('self'),
    enrolledAt: createdAt(),
  },
  (t) => [uniqueIndex('enrolments_user_module_unique').on(t.userId, t.moduleId), index('enrolments_module_idx').on(t.moduleId)],
);

export const programmeEnrolments = sqliteTable(
  'programme_enrolments',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    enrolledAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programmeId] }), index('programme_enrolments_programme_idx').on(t.programmeId)],
);

/** A completed lesson. Keyed by the lesson's stable key, so progress survives new versions. */
export const lessonProgress = sqliteTable(
  'lesson_progress',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    lessonKey: text('lesson_key').notNull(),
    completedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.moduleId, t.lessonKey] }),
    index('lesson_progress_module_idx').on(t.moduleId),
    // Covering index for cohort reports: progress per trainee without touching the table.
    index('lesson_progress_user_cover_idx').on(t.userId, t.moduleId, t.lessonKey, t.completedAt),
  ],
);

export const quizAttempts = sqliteTable(
  'quiz_attempts',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => moduleVersions.id),
    attemptNo: integer('attempt_no').notNull(),
    status: text('status', { enum: attemptStatuses }).notNull().default('open'),
    layout: text('layout', { mode: 'json' }).$type<AttemptLayout>().notNull(),
    startedAt: createdAt(),
    deadlineAt: timestamp('deadline_at'),
    submittedAt: timestamp('submitted_at'),
    score: real('score'),
    maxScore: real('max_score'),
    percent: real('percent'),
    passed: integer('passed', { mode: 'boolean' }),
  },
  (t) => [
    uniqueIndex('quiz_attempts_user_module_no_unique').on(t.userId, t.moduleId, t.attemptNo),
    index('quiz_attempts_module_idx').on(t.moduleId, t.status),
    // Covering index for cohort reports: every attempt's outcome per trainee, in attempt order.
    index('quiz_attempts_report_cover_idx').on(t.userId, t.moduleId, t.attemptNo, t.status, t.startedAt, t.submittedAt, t.percent, t.passed),
  ],
);

export const attemptAnswers = sqliteTable(
  'attempt_answers',
  {
    attemptId: integer('attempt_id')
      .notNull()
      .references(() => quizAttempts.id, { onDelete: 'cascade' }),
    questionKey: text('question_key').notNull(),
    response: text('response', { mode: 'json' }).$type<unknown>().notNull(),
    score: real('score'),
    /** Per-question sequence number from the client: only a higher one replaces the stored answer. */
    revision: integer('revision').notNull().default(0),
    savedAt: createdAt(),
    /** A manually graded answer (an essay): the grader's feedback, who graded it and when; null until graded. */
    feedback: text('feedback'),
    gradedBy: integer('graded_by').references(() => users.id, { onDelete: 'set null' }),
    gradedAt: timestamp('graded_at'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionKey] })],
);

/**
 * The result of a write sent with an idempotency key (autosave, lesson
 * progress, offline replays), stored in the same transaction as the write,
 * so a replay after a lost response gets the original answer and changes nothing.
 */
export const writeReceipts = sqliteTable(
  'write_receipts',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    status: integer('status').notNull(),
    result: text('result', { mode: 'json' }).$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('write_receipts_created_idx').on(t.createdAt)],
);

export const certificates = sqliteTable(
  'certificates',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull().unique(),
    holderName: text('holder_name').notNull(),
    programmeTitle: text('programme_title').notNull(),
    issuedAt: createdAt(),
  },
  (t) => [uniqueIndex('certificates_user_programme_unique').on(t.userId, t.programmeId)],
);

export type Enrolment = typeof enrolments.$inferSelect;
export type QuizAttempt = typeof quizAttempts.$inferSelect;
export type Certificate = typeof certificates.$inferSelect;
