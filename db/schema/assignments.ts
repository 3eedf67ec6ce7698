import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { cohorts } from './cohorts';
import { modules } from './content';
import { users } from './users';
import { moduleVersions } from './versions';
import { submissionKinds, type ChosenLevels, type RubricCriterion } from '../../lib/domain/assignments/rubric';
import { submissionStatuses } from '../../lib/domain/assignments/submission';

export { submissionKinds, submissionStatuses };

/** A file a trainee attached to a submission version, stored under the uploads folder. */
export interface SubmissionFile {
  name: string;
  path: string;
  size: number;
  mimeType: string;
}

/** Draft assignments of a module (a module item beside lessons and the quiz). `key` is stable across versions. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: id(),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    briefMarkdown: text('brief_markdown').notNull(),
    submission: text('submission', { enum: submissionKinds }).notNull(),
    rubric: text('rubric', { mode: 'json' }).$type<RubricCriterion[]>().notNull(),
    passMark: integer('pass_mark').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull().default(true),
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('assignments_module_key_unique').on(t.moduleId, t.key)],
);

/** Assignments as published in a version, the brief rendered once at publish time. */
export const publishedAssignments = sqliteTable(
  'published_assignments',
  {
    id: id(),
    versionId: integer('version_id')
      .notNull()
      .references(() => moduleVersions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    html: text('html').notNull(),
    submission: text('submission', { enum: submissionKinds }).notNull(),
    rubric: text('rubric', { mode: 'json' }).$type<RubricCriterion[]>().notNull(),
    passMark: integer('pass_mark').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [uniqueIndex('published_assignments_version_key_unique').on(t.versionId, t.key)],
);

/** A cohort's due date for one assignment (content is shared by every cohort, so the date lives here). */
export const assignmentDueDates = sqliteTable(
  'assignment_due_dates',
  {
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    assignmentKey: text('assignment_key').notNull(),
    dueAt: timestamp('due_at').notNull(),
    setById: integer('set_by_id').references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp('set_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.moduleId, t.assignmentKey] })],
);

/**
 * One version of a trainee's work on an assignment. Versions are never
 * overwritten once submitted: a revision request starts the next version.
 * `cohortId` is the cohort the trainee took the module in (scope of graders,
 * due date, closing); null for a trainee outside any cohort.
 */
export const assignmentSubmissions = sqliteTable(
  'assignment_submissions',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    assignmentKey: text('assignment_key').notNull(),
    cohortId: integer('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: submissionStatuses }).notNull().default('draft'),
    text: text('text').notNull().default(''),
    files: text('files', { mode: 'json' }).$type<SubmissionFile[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
    submittedAt: timestamp('submitted_at'),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    levels: text('levels', { mode: 'json' }).$type<ChosenLevels>(),
    points: real('points'),
    maxPoints: real('max_points'),
    percent: real('percent'),
    feedback: text('feedback'),
    gradedById: integer('graded_by_id').references(() => users.id, { onDelete: 'set null' }),
    gradedAt: timestamp('graded_at'),
  },
  (t) => [
    uniqueIndex('assignment_submissions_version_unique').on(t.userId, t.moduleId, t.assignmentKey, t.versionNo),
    index('assignment_submissions_module_idx').on(t.moduleId, t.assignmentKey),
    index('assignment_submissions_cohort_status_idx').on(t.cohortId, t.status),
  ],
);

export type AssignmentSubmissionRow = typeof assignmentSubmissions.$inferSelect;
export type PublishedAssignmentRow = typeof publishedAssignments.$inferSelect;
