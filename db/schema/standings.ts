import { index, integer, primaryKey, real, sqliteTable } from 'drizzle-orm/sqlite-core';
import { timestamp } from './columns';
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
