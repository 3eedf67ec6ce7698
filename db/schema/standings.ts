import { index, integer, primaryKey, real, sqliteTable } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';
import { cohorts } from './cohorts';
import { modules } from './content';
import { users } from './users';

/**
 * One trainee's standing in one module, derived from lesson_progress,
 * quiz_attempts and the module's published version. Never edited on its own:
 * the standing commands (lib/commands/standings.ts) rewrite it in the same transaction as every change
 * to those facts (a lesson completed, an attempt started or finished, a new
 * version published), so reports read one small row per (trainee, module).
 * A pair with no progress and no attempts has no row.
 */
export const moduleStandings = sqliteTable(
  'module_standings',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    /** Completed lessons that are lessons of the module's current published version, and the required ones among them. */
    lessonsDone: integer('lessons_done').notNull(),
    requiredDone: integer('required_done').notNull(),
    /** Latest completion among the version's required lessons. */
    requiredLastAt: timestamp('required_last_at'),
    /** Latest completion of any lesson of the module, in the version or not (activity). */
    lastLessonAt: timestamp('last_lesson_at'),
    /** Finished (submitted or expired) attempts. */
    attempts: integer('attempts').notNull(),
    /** The attempt that counts under the version's scoring rule: its percent and submission time. */
    countedPercent: real('counted_percent'),
    countedAt: timestamp('counted_at'),
    quizPassed: integer('quiz_passed', { mode: 'boolean' }).notNull(),
    /** Latest attempt start or submission (activity). */
    lastAttemptAt: timestamp('last_attempt_at'),
    hasOpenAttempt: integer('has_open_attempt', { mode: 'boolean' }).notNull(),
    /** Required assignments of the version whose latest submission is accepted (lib/domain/module-standing). */
    assignmentsDone: integer('assignments_done').notNull().default(0),
    /**
     * The module's progress from the values above under the published version
     * (`standingProgress`): complete, percent, since when, and the latest
     * activity. Stored so a report sums thousands of trainees in SQL.
     */
    complete: integer('complete', { mode: 'boolean' }).notNull().default(false),
    percent: integer('percent').notNull().default(0),
    completedAt: timestamp('completed_at'),
    lastActivityAt: timestamp('last_activity_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.moduleId] }), index('module_standings_module_idx').on(t.moduleId)],
);

export type ModuleStandingRow = typeof moduleStandings.$inferSelect;

/**
 * Each cohort trainee's stored progress summed over the cohort's programme:
 * complete modules and percents over its required modules, and the latest
 * activity over all of them. Kept by SQLite triggers (migration 0016) on
 * module_standings, cohort_members, programme_modules, modules (publishing)
 * and cohorts (a new programme), so every writer, seeds and migrations
 * included, keeps it current in the same transaction; the cohort dashboard
 * reads one row per trainee instead of summing their standings. Every trainee
 * of a cohort whose programme has a published module has a row; one without
 * counts as nothing done.
 */
export const cohortTraineeTotals = sqliteTable(
  'cohort_trainee_totals',
  {
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requiredComplete: integer('required_complete').notNull(),
    requiredPercent: integer('required_percent').notNull(),
    lastActivityAt: timestamp('last_activity_at'),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] })],
);

/** The `day` of `cohort_module_tallies` rows for standings that are not complete or have no completion time: no timestamp's day number. */
export const NO_COMPLETION_DAY = -2_147_483_648;

/**
 * Per cohort, module and completion day (UTC day number, `NO_COMPLETION_DAY`
 * for standings that are not complete or have no known completion time), over the cohort's
 * trainees' standings: how many are complete, in progress (not complete, with
 * activity) and scored, and their counted scores in tenths of a percent.
 * Kept by triggers (migration 0016) by adding and subtracting each standing
 * and membership as it changes; the dashboard's module figures and weekly
 * chart read these few rows.
 *
 * Both tables depend on triggers and a view (`cohort_trainee_totals_computed`)
 * that drizzle-kit does not know about: a generated migration that rebuilds
 * one of the tables they read (module_standings, cohort_members, cohorts,
 * programme_modules, modules) drops those triggers, and the view blocks the
 * rebuild. Such a migration must recreate them (db/migration-data.test.ts
 * checks they exist after every migration).
 */
export const cohortModuleTallies = sqliteTable(
  'cohort_module_tallies',
  {
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    moduleId: integer('module_id')
      .notNull()
      .references(() => modules.id, { onDelete: 'cascade' }),
    day: integer('day').notNull(),
    complete: integer('complete').notNull(),
    inProgress: integer('in_progress').notNull(),
    scoreTenths: integer('score_tenths').notNull(),
    scored: integer('scored').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.moduleId, t.day] })],
);
