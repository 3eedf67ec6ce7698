import 'server-only';
import type Database from 'better-sqlite3';
import type { DashboardModule, TraineeFacts, TraineeTotals } from '@/lib/domain/cohort-dashboard';
import type { CompletionDay, ModuleTally } from '@/lib/domain/cohort-summary';
import type { AssignmentColumn } from '@/lib/domain/assignments/dashboard';
import type { SubmissionStatus } from '@/lib/domain/assignments/submission';
import type { ModuleStanding } from '@/lib/domain/module-standing';
import type { AppDatabase } from '../connection';
import { NO_COMPLETION_DAY } from '../schema';

/**
 * The set-based queries behind cohort dashboards, overviews and exports: each
 * reads every trainee of a scope at once (never one query per trainee). They
 * take the database handle, so the benchmark runs exactly these on its own file.
 */

/** Whose data to read: a cohort's trainees in its programme's modules, optionally only some of them (an export batch). */
export interface TraineeScope {
  cohortId: number;
  programmeId: number;
  userIds?: readonly number[];
}

/** A statement in its default row mode; the connection keeps it compiled (`reuseStatements`). */
function prepare(db: AppDatabase, sql: string): Database.Statement<Record<string, unknown>> {
  return db.$client.prepare(sql);
}

/** The scope as a WHERE clause over `cm` (cohort_members), driven in user id order by its primary key. */
function scopeWhere(scope: TraineeScope): string {
  const only = scope.userIds ? ' AND cm.user_id IN (SELECT value FROM json_each(@users))' : '';
  return `cm.cohort_id = @cohort AND cm.role = 'trainee'${only}`;
}

function params(scope: TraineeScope): Record<string, unknown> {
  const base = { cohort: scope.cohortId, programme: scope.programmeId };
  return scope.userIds ? { ...base, users: JSON.stringify(scope.userIds) } : base;
}

/** The programme's published modules in programme order, with their versions' lessons and quiz rule. */
export function reportModules(db: AppDatabase, programmeId: number): DashboardModule[] {
  const modules = prepare(
    db,
    `SELECT m.id, m.slug, mv.title, pm.required, mv.id AS versionId, json_extract(mv.quiz, '$.scoring') AS scoring
     FROM programme_modules pm
     JOIN modules m ON m.id = pm.module_id
     JOIN module_versions mv ON mv.id = m.published_version_id
     WHERE pm.programme_id = @programme ORDER BY pm.position`,
  ).all({ programme: programmeId }) as { id: number; slug: string; title: string; required: number; versionId: number; scoring: string | null }[];
  const lessons = prepare(db, 'SELECT key, required FROM published_lessons WHERE version_id = @version ORDER BY position');
  const assignments = prepare(db, 'SELECT count(*) AS n FROM published_assignments WHERE version_id = @version AND required = 1');
  return modules.map((m) => ({
    id: m.id,
    slug: m.slug,
    title: m.title,
    required: m.required === 1,
    lessons: (lessons.all({ version: m.versionId }) as { key: string; required: number }[]).map((l) => ({ key: l.key, required: l.required === 1 })),
    scoring: m.scoring === 'last' ? 'last' : m.scoring === 'best' ? 'best' : null,
    requiredAssignments: (assignments.get({ version: m.versionId }) as { n: number }).n,
  }));
}

/** The scope's trainees (the profile fields a report shows), by id. */
export function reportTrainees(db: AppDatabase, scope: TraineeScope): TraineeFacts[] {
  return prepare(
    db,
    `SELECT u.id, u.name, u.email, u.country FROM cohort_members cm JOIN users u ON u.id = cm.user_id
     WHERE ${scopeWhere(scope)} ORDER BY cm.user_id`,
  ).all(params(scope)) as TraineeFacts[];
}

/**
 * The standing of each of the scope's trainees in each programme module they
 * have touched: one row per (trainee, module), kept current by the writes
 * (module-standings.ts), in user id order.
 */
export function reportStandings(db: AppDatabase, scope: TraineeScope): ModuleStanding[] {
  const rows = prepare(
    db,
    // CROSS JOIN keeps SQLite on this join order: the cohort's members in user id order, then
    // each one's standings through the primary key.
    `SELECT cm.user_id, s.module_id, s.lessons_done, s.required_done, s.required_last_at, s.last_lesson_at,
            s.attempts, s.counted_percent, s.counted_at, s.quiz_passed, s.last_attempt_at, s.has_open_attempt, s.assignments_done
     FROM cohort_members cm
     CROSS JOIN module_standings s ON s.user_id = cm.user_id
     WHERE ${scopeWhere(scope)} AND s.module_id IN (SELECT module_id FROM programme_modules WHERE programme_id = @programme)`,
  )
    .raw(true)
    .all(params(scope)) as StandingRow[];
  return rows.map(([userId, moduleId, lessonsDone, requiredDone, requiredLastAt, lastLessonAt, attempts, countedPercent, countedAt, quizPassed, lastAttemptAt, hasOpenAttempt, assignmentsDone]) => ({
    userId, moduleId, lessonsDone, requiredDone, requiredLastAt, lastLessonAt, attempts, countedPercent, countedAt, quizPassed: quizPassed === 1, lastAttemptAt, hasOpenAttempt: hasOpenAttempt === 1, assignmentsDone,
  }));
}

/**
 * Each of the cohort's trainees, in user id order, with their standings'
 * progress summed over the programme: complete modules and percents over the
 * counted modules, latest activity over all (`summedModules`). The sums are stored
 * (`cohort_trainee_totals`, kept by triggers on every write), so this reads
 * one short row per trainee; the required modules that ask for nothing
 * (`uncountedModules`), which the stored sums include, are taken back out for
 * the few trainees holding a standing in one. The rows come back as one JSON array: better-sqlite3 builds
 * every row it returns in JavaScript, value by value, while one string parses
 * natively.
 */
export function reportTraineeTotals(db: AppDatabase, cohortId: number, uncountedModules: readonly number[]): TraineeTotals[] {
  const json = prepare(
    db,
    `SELECT json_group_array(json_array(id, name, country, complete, percent, last)) FROM (
       SELECT u.id, u.name, u.country, coalesce(t.required_complete, 0) AS complete, coalesce(t.required_percent, 0) AS percent, t.last_activity_at AS last
       FROM cohort_members cm
       JOIN users u ON u.id = cm.user_id
       LEFT JOIN cohort_trainee_totals t ON t.cohort_id = cm.cohort_id AND t.user_id = cm.user_id
       WHERE cm.cohort_id = @cohort AND cm.role = 'trainee'
       ORDER BY cm.user_id)`,
  )
    .pluck()
    .get({ cohort: cohortId }) as string;
  const uncounted = uncountedModules.length > 0 ? uncountedHeld(db, cohortId, uncountedModules) : new Map<number, [number, number]>();
  return (JSON.parse(json) as [number, string, string, number, number, number | null][]).map(([id, name, country, complete, percent, lastActivityAt]) => {
    const [heldComplete, heldPercent] = uncounted.get(id) ?? [0, 0];
    return { id, name, country, countedComplete: complete - heldComplete, countedPercent: percent - heldPercent, lastActivityAt };
  });
}

/** Per trainee of the cohort with a standing in any of the given modules: those standings' complete count and percents. */
function uncountedHeld(db: AppDatabase, cohortId: number, moduleIds: readonly number[]): Map<number, [number, number]> {
  const rows = prepare(
    db,
    `SELECT cm.user_id, sum(s.complete), sum(s.percent)
     FROM cohort_members cm CROSS JOIN module_standings s ON s.user_id = cm.user_id
     WHERE cm.cohort_id = @cohort AND cm.role = 'trainee' AND s.module_id IN (SELECT value FROM json_each(@modules))
     GROUP BY cm.user_id`,
  )
    .raw(true)
    .all({ cohort: cohortId, modules: JSON.stringify(moduleIds) }) as [number, number, number][];
  return new Map(rows.map(([userId, complete, percent]) => [userId, [complete, percent]]));
}

/**
 * Over the cohort's trainees who have a standing in each of the given
 * modules: per module, how many are complete, in progress (active, not
 * complete) and their counted scores (summed in tenths of a percent, as
 * integers: exact, in any order); and how many modules were completed on each
 * UTC day (completions with a known time). Stored per cohort, module and day
 * (`cohort_module_tallies`, kept by triggers on every write): a few rows.
 */
export function reportModuleTallies(db: AppDatabase, cohortId: number, moduleIds: readonly number[]): { tallies: ModuleTally[]; days: CompletionDay[] } {
  const rows = prepare(
    db,
    `SELECT module_id, day, complete, in_progress, score_tenths, scored FROM cohort_module_tallies
     WHERE cohort_id = @cohort AND module_id IN (SELECT value FROM json_each(@modules))`,
  )
    .raw(true)
    .all({ cohort: cohortId, modules: JSON.stringify(moduleIds) }) as [number, number, number, number, number, number][];
  const tallies = new Map<number, ModuleTally>();
  const days = new Map<number, number>();
  for (const [moduleId, day, complete, inProgress, scoreTenths, scored] of rows) {
    const tally = tallies.get(moduleId) ?? { moduleId, complete: 0, inProgress: 0, scoreTenths: 0, scored: 0 };
    tally.complete += complete;
    tally.inProgress += inProgress;
    tally.scoreTenths += scoreTenths;
    tally.scored += scored;
    tallies.set(moduleId, tally);
    if (day !== NO_COMPLETION_DAY && complete !== 0) days.set(day, (days.get(day) ?? 0) + complete);
  }
  return { tallies: [...tallies.values()], days: [...days].map(([day, count]) => ({ day, count })) };
}

type StandingRow = [number, number, number, number, number | null, number | null, number, number | null, number | null, number, number | null, number, number];

/**
 * One batch of a cohort's trainees in name order (then id), after the given
 * (name, id), optionally of one country: the keyset pages of an export.
 */
export function reportTraineeBatch(
  db: AppDatabase,
  input: { cohortId: number; after: { name: string; id: number } | null; country: string | null; limit: number },
): TraineeFacts[] {
  const after = input.after ? ' AND (u.name, u.id) > (@name, @id)' : '';
  const country = input.country !== null ? ' AND u.country = @country' : '';
  return prepare(
    db,
    `SELECT u.id, u.name, u.email, u.country FROM cohort_members cm JOIN users u ON u.id = cm.user_id
     WHERE cm.cohort_id = @cohort AND cm.role = 'trainee'${after}${country}
     ORDER BY u.name, u.id LIMIT @limit`,
  ).all({
    cohort: input.cohortId,
    limit: input.limit,
    ...(input.after ? { name: input.after.name, id: input.after.id } : {}),
    ...(input.country !== null ? { country: input.country } : {}),
  }) as TraineeFacts[];
}

/** The assignments of the programme's published modules, in programme then module order: the dashboard's assignment columns. */
export function reportAssignmentColumns(db: AppDatabase, programmeId: number): AssignmentColumn[] {
  return prepare(
    db,
    `SELECT m.id AS moduleId, pa.key, pa.title, mv.title AS moduleTitle
     FROM programme_modules pm JOIN modules m ON m.id = pm.module_id
     JOIN module_versions mv ON mv.id = m.published_version_id
     JOIN published_assignments pa ON pa.version_id = mv.id
     WHERE pm.programme_id = @programme ORDER BY pm.position, pa.position`,
  ).all({ programme: programmeId }) as AssignmentColumn[];
}

/** The latest submission status of the scope's trainees for each assignment of the programme's modules they started. */
export function reportAssignmentStatuses(db: AppDatabase, scope: TraineeScope): { userId: number; moduleId: number; key: string; status: SubmissionStatus }[] {
  return prepare(
    db,
    `SELECT s.user_id AS userId, s.module_id AS moduleId, s.assignment_key AS key, s.status
     FROM cohort_members cm
     JOIN assignment_submissions s ON s.user_id = cm.user_id
     WHERE ${scopeWhere(scope)} AND s.module_id IN (SELECT module_id FROM programme_modules WHERE programme_id = @programme)
       AND s.version_no = (SELECT max(l.version_no) FROM assignment_submissions l
                           WHERE l.user_id = s.user_id AND l.module_id = s.module_id AND l.assignment_key = s.assignment_key)`,
  ).all(params(scope)) as { userId: number; moduleId: number; key: string; status: SubmissionStatus }[];
}
